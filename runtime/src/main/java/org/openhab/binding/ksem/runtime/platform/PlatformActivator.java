/**
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.ksem.runtime.platform;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openhab.binding.ksem.runtime.api.RuntimeInspector;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TimeZoneProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.io.net.http.WebSocketFactory;
import org.openhab.core.thing.ThingRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Starts the minimal openHAB platform: the shared Jetty clients, i18n services, the Thing registry over
 * {@code things.json} and the thing manager that runs the add-ons' handlers. Framework properties:
 * {@value #THINGS_PROPERTY} (required) and {@value #LOCALE_PROPERTY} (default {@code en}).
 *
 * @author KSEM binding contributors
 */
public final class PlatformActivator implements BundleActivator {

    public static final String THINGS_PROPERTY = "ksem.runtime.things";
    public static final String LOCALE_PROPERTY = "ksem.runtime.locale";

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private ExtensibleTrustManager trust;
    private SharedHttpClientFactory http;
    private SharedWebSocketFactory webSockets;
    private EventPublisher events;
    private ThingManager things;

    @Override
    public void start(BundleContext context) throws Exception {
        String thingsFile = context.getProperty(THINGS_PROPERTY);
        if (thingsFile == null || thingsFile.isBlank()) {
            throw new IllegalStateException("The framework property " + THINGS_PROPERTY + " must name things.json");
        }
        String language = context.getProperty(LOCALE_PROPERTY);
        Locale locale = language == null ? Locale.ENGLISH : Locale.forLanguageTag(language);

        events = new EventPublisher(context);
        events.open();
        trust = new ExtensibleTrustManager(context);
        trust.open();
        http = new SharedHttpClientFactory(trust);
        http.start();
        webSockets = new SharedWebSocketFactory(trust);
        webSockets.start();
        registrations.add(context.registerService(HttpClientFactory.class, http, null));
        registrations.add(context.registerService(WebSocketFactory.class, webSockets, null));

        BundleTexts texts = new BundleTexts();
        registrations.add(context.registerService(LocaleProvider.class, () -> locale, null));
        registrations.add(context.registerService(TimeZoneProvider.class, ZoneId::systemDefault, null));
        registrations.add(context.registerService(TranslationProvider.class,
                new BundleTranslationProvider(texts, locale), null));

        JsonThingRegistry registry = JsonThingRegistry.load(Path.of(thingsFile),
                ThingTypeCatalog.bridgeTypes(context.getBundles()));
        registrations.add(context.registerService(ThingRegistry.class, registry, null));
        things = new ThingManager(context, registry, events, new StatusTexts(texts, locale));
        things.open();
        registrations.add(context.registerService(RuntimeInspector.class, new PlatformInspector(context, things),
                null));
    }

    @Override
    public void stop(BundleContext context) {
        if (things != null) {
            things.close();
        }
        registrations.forEach(PlatformActivator::unregister);
        registrations.clear();
        if (webSockets != null) {
            webSockets.stop();
        }
        if (http != null) {
            http.stop();
        }
        if (trust != null) {
            trust.close();
        }
        if (events != null) {
            events.close();
        }
        if (context.getBundle(0).getState() == Bundle.STOPPING) {
            HandlerThreadPools.shutdownAll();
        }
    }

    private static void unregister(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException e) {
            // already gone with the bundle
        }
    }
}
