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
package org.openhab.binding.ksem.internal.discovery;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ksem.internal.KsemBindingConstants;
import org.openhab.binding.ksem.internal.handler.MeterHarness;
import org.openhab.binding.ksem.simulator.KsemSimulator;
import org.openhab.binding.ksem.simulator.Wallbox;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.ScanListener;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingUID;
import org.osgi.framework.Bundle;

/**
 * The bridge-bound wallbox discovery against the simulator: one result per wallbox of {@code evselist}, bound to the
 * meter, identified by the UUID, labelled with the device's label; results of removed wallboxes are withdrawn.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class KsemWallboxDiscoveryServiceTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private @Nullable KsemSimulator simulator;
    private @Nullable MeterHarness meter;
    private final List<DiscoveryResult> discovered = new CopyOnWriteArrayList<>();
    private final List<ThingUID> removed = new CopyOnWriteArrayList<>();
    private final DiscoveryListener listener = mock(DiscoveryListener.class);

    @AfterEach
    void tearDown() throws Exception {
        MeterHarness m = meter;
        if (m != null) {
            m.close();
        }
        KsemSimulator s = simulator;
        if (s != null) {
            s.stop();
        }
    }

    private KsemWallboxDiscoveryService service(int wallboxes, boolean connect) throws Exception {
        KsemSimulator sim = KsemSimulator.builder().password("secret").frameInterval(Duration.ofMillis(100))
                .tokenEndpoints(false).wallboxes(wallboxes).build();
        sim.start();
        simulator = sim;
        MeterHarness m = new MeterHarness(
                Map.of("hostname", "127.0.0.1:" + sim.port(), "password", "secret", "updateInterval", BigDecimal.ZERO));
        meter = m;
        if (connect) {
            m.initialize();
            m.awaitStatus(s -> s.getStatus() == ThingStatus.ONLINE, WAIT);
        }
        doAnswer(i -> discovered.add(i.getArgument(1))).when(listener).thingDiscovered(any(), any());
        doAnswer(i -> removed.add(i.getArgument(1))).when(listener).thingRemoved(any(), any());
        KsemWallboxDiscoveryService service = new KsemWallboxDiscoveryService();
        service.setThingHandler(m.handler);
        service.addDiscoveryListener(listener);
        return service;
    }

    private KsemSimulator sim() {
        KsemSimulator s = simulator;
        assertNotNull(s);
        return s;
    }

    @Test
    void offersEveryWallboxOfTheEvseList() throws Exception {
        KsemWallboxDiscoveryService service = service(2, true);
        assertEquals(Set.of(KsemBindingConstants.THING_TYPE_WALLBOX), service.getSupportedThingTypes());
        ScanListener scan = mock(ScanListener.class);
        service.startScan(scan);
        MeterHarness.waitFor(() -> discovered.size() == 2, WAIT, () -> "results " + discovered);
        verify(scan, timeout(5000)).onFinished();

        List<Wallbox> wallboxes = sim().wallboxes().list();
        ThingUID bridge = new ThingUID("ksem:meter:test");
        for (int i = 0; i < 2; i++) {
            Wallbox wallbox = wallboxes.get(i);
            DiscoveryResult result = discovered.get(i);
            assertEquals(new ThingUID(KsemBindingConstants.THING_TYPE_WALLBOX, bridge, wallbox.uuid()),
                    result.getThingUID());
            assertEquals(KsemBindingConstants.THING_TYPE_WALLBOX, result.getThingTypeUID());
            assertEquals(bridge, result.getBridgeUID());
            assertEquals("uuid", result.getRepresentationProperty());
            assertEquals(wallbox.uuid(), result.getProperties().get("uuid"));
            assertEquals(wallbox.model(), result.getProperties().get("modelId"));
            assertEquals("@text/discovery.ksem.wallbox.label [\"ENECTOR " + (i + 1) + "\"]", result.getLabel());
        }
    }

    @Test
    void theLabelIsTranslatedWithTheDevicesLabel() throws Exception {
        KsemWallboxDiscoveryService service = service(1, true);
        sim().wallboxes().first().setLabel("Garage");
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/OH-INF/i18n/ksem.properties")) {
            assertNotNull(in);
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        TranslationProvider i18n = new TranslationProvider() {
            @Override
            public @Nullable String getText(@Nullable Bundle bundle, @Nullable String key, @Nullable String defaultText,
                    @Nullable Locale locale) {
                String text = key == null ? null : english.getProperty(key);
                return text == null ? defaultText : text;
            }

            @Override
            public @Nullable String getText(@Nullable Bundle bundle, @Nullable String key, @Nullable String defaultText,
                    @Nullable Locale locale, @Nullable Object @Nullable... arguments) {
                String text = key == null ? null : english.getProperty(key);
                return text == null ? defaultText : MessageFormat.format(text, arguments);
            }
        };
        LocaleProvider locale = mock(LocaleProvider.class);
        when(locale.getLocale()).thenReturn(Locale.ENGLISH);
        service.setTranslationProvider(i18n);
        service.setLocaleProvider(locale);
        service.startScan(null);
        MeterHarness.waitFor(() -> discovered.size() == 1, WAIT, () -> "results " + discovered);
        assertEquals("KOSTAL ENECTOR Garage", discovered.get(0).getLabel());
    }

    @Test
    void aWallboxThatIsNoLongerListedIsWithdrawn() throws Exception {
        KsemWallboxDiscoveryService service = service(2, true);
        service.startScan(null);
        MeterHarness.waitFor(() -> discovered.size() == 2, WAIT, () -> "results " + discovered);
        Wallbox gone = sim().wallboxes().list().get(0);
        sim().wallboxes().remove(gone.uuid());
        service.startScan(null);
        MeterHarness.waitFor(() -> removed.size() == 1, WAIT, () -> "removed " + removed);
        assertEquals(
                new ThingUID(KsemBindingConstants.THING_TYPE_WALLBOX, new ThingUID("ksem:meter:test"), gone.uuid()),
                removed.get(0));
    }

    @Test
    void aKsemWithoutWallboxOffersNothing() throws Exception {
        KsemWallboxDiscoveryService service = service(0, true);
        ScanListener scan = mock(ScanListener.class);
        service.startScan(scan);
        verify(scan, timeout(5000)).onFinished();
        assertEquals(List.of(), discovered);
    }

    @Test
    void nothingHappensWhileTheMeterIsNotConnected() throws Exception {
        KsemWallboxDiscoveryService service = service(1, false);
        ScanListener scan = mock(ScanListener.class);
        service.startScan(scan);
        verify(scan, timeout(10000)).onFinished(); // after waiting a few seconds for the meter to connect
        assertEquals(List.of(), discovered);
        assertEquals(0, sim().stats().restCalls("/api/e-mobility/evselist"));
    }
}
