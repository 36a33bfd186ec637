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
package org.openhab.core.config.discovery;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.types.Command;

/**
 * Tests {@link AbstractDiscoveryService}, {@link AbstractThingHandlerDiscoveryService} and the result builder.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class AbstractDiscoveryServiceTest {

    private static final ThingTypeUID METER = new ThingTypeUID("ksem", "meter");
    private static final ThingUID THING_UID = new ThingUID(METER, "12345");

    /** A discovery service that finds one meter per scan. */
    static class TestDiscoveryService extends AbstractDiscoveryService {
        final List<String> calls = new CopyOnWriteArrayList<>();

        TestDiscoveryService(int timeout) {
            super(Set.of(METER), timeout, false);
        }

        @Override
        protected void startScan() {
            calls.add("scan");
            thingDiscovered(DiscoveryResultBuilder.create(THING_UID).withLabel("KSEM 12345")
                    .withProperty("serialNumber", "12345").withRepresentationProperty("serialNumber").build());
        }

        @Override
        protected void startBackgroundDiscovery() {
            calls.add("start-background");
        }

        @Override
        protected void stopBackgroundDiscovery() {
            calls.add("stop-background");
        }

        void lost() {
            thingRemoved(THING_UID);
        }

        void finish() {
            stopScan();
        }

        void setI18n(TranslationProvider translationProvider, LocaleProvider localeProvider) {
            this.i18nProvider = translationProvider;
            this.localeProvider = localeProvider;
        }
    }

    @Test
    void listenersAreNotifiedAndLateListenersGetCachedResults() {
        TestDiscoveryService service = new TestDiscoveryService(0);
        DiscoveryListener listener = mock(DiscoveryListener.class);
        service.addDiscoveryListener(listener);
        ScanListener scanListener = mock(ScanListener.class);

        service.startScan(scanListener);

        verify(listener).thingDiscovered(same(service), argThat(r -> r.getThingUID().equals(THING_UID)
                && r.getThingTypeUID().equals(METER) && "12345".equals(r.getProperties().get("serialNumber"))
                && "serialNumber".equals(r.getRepresentationProperty()) && "KSEM 12345".equals(r.getLabel())
                && r.getTimeToLive() == DiscoveryResult.TTL_UNLIMITED && r.getFlag() == DiscoveryResultFlag.NEW));
        verifyNoInteractions(scanListener);
        service.finish();
        verify(scanListener).onFinished();

        DiscoveryListener late = mock(DiscoveryListener.class);
        service.addDiscoveryListener(late);
        verify(late).thingDiscovered(same(service), any());

        service.lost();
        verify(listener).thingRemoved(service, THING_UID);
        verify(late).thingRemoved(service, THING_UID);

        DiscoveryListener afterRemoval = mock(DiscoveryListener.class);
        service.addDiscoveryListener(afterRemoval);
        verifyNoInteractions(afterRemoval);

        service.removeDiscoveryListener(listener);
        service.startScan((ScanListener) null);
        verify(listener, times(1)).thingDiscovered(any(), any());
    }

    @Test
    void scanTimeoutFinishesTheScan() {
        TestDiscoveryService service = new TestDiscoveryService(1);
        ScanListener scanListener = mock(ScanListener.class);
        service.startScan(scanListener);
        verify(scanListener, timeout(5000)).onFinished();
        assertEquals(Set.of(METER), service.getSupportedThingTypes());
        assertEquals(1, service.getScanTimeout());
    }

    @Test
    void abortScanReportsCancellation() {
        TestDiscoveryService service = new TestDiscoveryService(0);
        ScanListener scanListener = mock(ScanListener.class);
        service.startScan(scanListener);
        service.abortScan();
        verify(scanListener).onErrorOccurred(any(java.util.concurrent.CancellationException.class));
    }

    @Test
    void backgroundDiscoveryFollowsConfiguration() {
        TestDiscoveryService service = new TestDiscoveryService(0);
        service.activate(null);
        assertEquals(List.of(), service.calls);
        service.modified(Map.of(DiscoveryService.CONFIG_PROPERTY_BACKGROUND_DISCOVERY, "true"));
        assertTrue(service.isBackgroundDiscoveryEnabled());
        service.deactivate();
        assertEquals(List.of("start-background", "stop-background"), service.calls);
    }

    @Test
    void labelsAreLocalized() {
        TestDiscoveryService service = new TestDiscoveryService(0);
        TranslationProvider i18n = mock(TranslationProvider.class);
        LocaleProvider locale = mock(LocaleProvider.class);
        when(locale.getLocale()).thenReturn(Locale.GERMAN);
        when(i18n.getText(any(), eq("discovery.ksem.meter.12345.label"), eq("KSEM 12345"), eq(Locale.GERMAN),
                any(Object[].class))).thenReturn("KSEM (12345)");
        service.setI18n(i18n, locale);
        DiscoveryListener listener = mock(DiscoveryListener.class);
        service.addDiscoveryListener(listener);
        service.startScan((ScanListener) null);
        verify(listener).thingDiscovered(same(service), argThat(r -> "KSEM (12345)".equals(r.getLabel())));
    }

    @Test
    void invalidTtlIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> DiscoveryResultBuilder.create(THING_UID).withTTL(0).build());
        DiscoveryResult result = DiscoveryResultBuilder.create(new ThingUID("ksem:wallbox:home:wb1"))
                .withBridge(new ThingUID("ksem:meter:home")).withTTL(60).build();
        assertEquals(new ThingTypeUID("ksem:wallbox"), result.getThingTypeUID());
        assertEquals(new ThingUID("ksem:meter:home"), result.getBridgeUID());
        assertEquals(60, result.getTimeToLive());
        assertEquals("ksem", result.getBindingId());
    }

    /** A handler for the bridge-bound discovery test. */
    static class MeterHandler extends BaseThingHandler {
        MeterHandler(Thing thing) {
            super(thing);
        }

        @Override
        public void initialize() {
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
        }
    }

    /** A bridge-bound discovery service. */
    static class WallboxDiscovery extends AbstractThingHandlerDiscoveryService<MeterHandler> {
        final List<String> calls = new CopyOnWriteArrayList<>();

        WallboxDiscovery() {
            super(MeterHandler.class, Set.of(new ThingTypeUID("ksem:wallbox")), 5, true);
        }

        @Override
        protected void startScan() {
            calls.add("scan:" + thingHandler.getThing().getUID());
        }

        @Override
        protected void startBackgroundDiscovery() {
            calls.add("start-background");
        }

        @Override
        protected void stopBackgroundDiscovery() {
            calls.add("stop-background");
        }

        @Nullable
        ThingHandler handler() {
            return getThingHandler();
        }
    }

    @Test
    void thingHandlerDiscoveryServiceLifecycle() {
        Thing thing = mock(Thing.class);
        when(thing.getUID()).thenReturn(new ThingUID("ksem:meter:home"));
        MeterHandler handler = new MeterHandler(thing);
        WallboxDiscovery discovery = new WallboxDiscovery();
        assertThrows(IllegalArgumentException.class, () -> discovery.setThingHandler(mock(ThingHandler.class)));
        discovery.setThingHandler(handler);
        assertSame(handler, discovery.handler());
        discovery.activate(Map.of());
        discovery.initialize();
        discovery.startScan((ScanListener) null);
        discovery.dispose();
        assertEquals(List.of("start-background", "scan:ksem:meter:home", "stop-background"), discovery.calls);
    }
}
