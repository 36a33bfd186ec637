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
package org.openhab.binding.ksem.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ksem.internal.api.KsemHttpTransport;
import org.openhab.binding.ksem.internal.api.KsemWebSocketTransport;
import org.openhab.binding.ksem.internal.api.TlsProviderRegistrar;
import org.openhab.binding.ksem.internal.handler.KsemMeterHandler;
import org.openhab.binding.ksem.internal.handler.KsemWallboxHandler;
import org.openhab.binding.ksem.internal.handler.Timings;
import org.openhab.binding.ksem.internal.handler.WallboxTimings;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.io.net.http.TlsTrustManagerProvider;
import org.openhab.core.io.net.http.WebSocketFactory;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.BaseThingHandlerFactory;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.google.gson.Gson;

/**
 * Creates the handlers of the KSEM binding. Uses openHAB's shared HTTP and WebSocket clients, as the guidelines ask.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
@Component(configurationPid = "binding.ksem", service = ThingHandlerFactory.class)
public class KsemHandlerFactory extends BaseThingHandlerFactory {

    private final KsemHttpTransport http;
    private final KsemWebSocketTransport webSocket;
    private final Gson gson = new Gson();

    @Activate
    public KsemHandlerFactory(@Reference HttpClientFactory httpClientFactory,
            @Reference WebSocketFactory webSocketFactory) {
        Timings timings = Timings.DEFAULT;
        this.http = new KsemHttpTransport(httpClientFactory.getCommonHttpClient(), timings.requestTimeout());
        this.webSocket = new KsemWebSocketTransport(webSocketFactory.getCommonWebSocketClient(),
                timings.requestTimeout());
    }

    @Override
    public boolean supportsThingType(ThingTypeUID thingTypeUID) {
        return KsemBindingConstants.SUPPORTED_THING_TYPES.contains(thingTypeUID);
    }

    @Override
    protected @Nullable ThingHandler createHandler(Thing thing) {
        if (KsemBindingConstants.THING_TYPE_METER.equals(thing.getThingTypeUID()) && thing instanceof Bridge bridge) {
            return new KsemMeterHandler(bridge, http, webSocket, gson, Timings.DEFAULT, this::registerTlsProvider);
        }
        if (KsemBindingConstants.THING_TYPE_WALLBOX.equals(thing.getThingTypeUID())) {
            return new KsemWallboxHandler(thing, WallboxTimings.DEFAULT);
        }
        return null;
    }

    /**
     * Registers the pinned-certificate trust of an HTTPS meter as an OSGi service, where openHAB's shared HTTP and
     * WebSocket clients pick it up by {@code host:port} (as hue and fronius do).
     */
    private TlsProviderRegistrar.Registration registerTlsProvider(TlsTrustManagerProvider provider) {
        ServiceRegistration<TlsTrustManagerProvider> registration = getBundleContext()
                .registerService(TlsTrustManagerProvider.class, provider, null);
        return () -> {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // already unregistered, e.g. because the bundle stopped
            }
        };
    }
}
