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
package org.openhab.core.thing.binding;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;

/**
 * Tests that {@link BaseThingHandler} delegates to the {@link ThingHandlerCallback} like openHAB's.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class BaseThingHandlerTest {

    private static final ThingUID THING_UID = new ThingUID("ksem:meter:home");

    private @Mock @NonNullByDefault({}) Thing thing;
    private @Mock @NonNullByDefault({}) ThingHandlerCallback callback;

    private final Configuration configuration = new Configuration(Map.of("hostname", "ksem", "password", "secret"));
    private final Map<String, String> properties = new HashMap<>();
    private TestHandler handler = new TestHandler(mock(Thing.class));

    /** A minimal handler. */
    static class TestHandler extends BaseThingHandler {
        int initialized;
        int disposed;
        final List<Command> commands = new java.util.concurrent.CopyOnWriteArrayList<>();

        TestHandler(Thing thing) {
            super(thing);
        }

        @Override
        public void initialize() {
            initialized++;
            updateStatus(ThingStatus.UNKNOWN);
        }

        @Override
        public void dispose() {
            disposed++;
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
            commands.add(command);
        }

        void state(String channel, org.openhab.core.types.State state) {
            updateState(channel, state);
        }

        void status(ThingStatus status, ThingStatusDetail detail, String description) {
            updateStatus(status, detail, description);
        }

        void storeToken(String token) {
            Configuration config = editConfiguration();
            config.put("accessToken", token);
            config.remove("password");
            updateConfiguration(config);
        }

        void property(String name, String value) {
            updateProperty(name, value);
        }

        void props(Map<String, String> values) {
            updateProperties(values);
        }

        boolean linked(String channelId) {
            return isLinked(channelId);
        }

        Bridge bridge() {
            return java.util.Objects.requireNonNull(getBridge());
        }

        <T> T config(Class<T> type) {
            return getConfigAs(type);
        }

        java.util.concurrent.ScheduledExecutorService pool() {
            return scheduler;
        }
    }

    /** Configuration class. */
    public static class Config {
        public String hostname = "";
        public String password = "";
    }

    @BeforeEach
    void setUp() {
        when(thing.getUID()).thenReturn(THING_UID);
        when(thing.getThingTypeUID()).thenReturn(new ThingTypeUID("ksem:meter"));
        when(thing.getConfiguration()).thenReturn(configuration);
        when(thing.getProperties()).thenAnswer(i -> Map.copyOf(properties));
        when(thing.setProperty(anyString(), any())).thenAnswer(i -> properties.put(i.getArgument(0), i.getArgument(1)));
        when(thing.getStatus()).thenReturn(ThingStatus.ONLINE);
        handler = new TestHandler(thing);
        handler.setCallback(callback);
    }

    @Test
    void updateStateResolvesChannelIdsIncludingGroups() {
        handler.state("grid#power-import", new QuantityType<>(230.5, Units.WATT));
        handler.state("token-state", new StringType("valid"));

        verify(callback).stateUpdated(new ChannelUID("ksem:meter:home:grid#power-import"),
                new QuantityType<>(new BigDecimal("230.50"), Units.WATT));
        verify(callback).stateUpdated(new ChannelUID(THING_UID, "token-state"), new StringType("valid"));
    }

    @Test
    void updateStatusSendsStatusInfo() {
        handler.status(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.comm-error");
        verify(callback).statusUpdated(thing, new ThingStatusInfo(ThingStatus.OFFLINE,
                ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.comm-error"));

        handler.initialize();
        verify(callback).statusUpdated(thing, new ThingStatusInfo(ThingStatus.UNKNOWN, ThingStatusDetail.NONE, null));
    }

    @Test
    void updateConfigurationWritesThingAndNotifies() {
        Configuration edited = handler.editConfiguration();
        edited.put("x", "y");
        assertFalse(configuration.containsKey("x"), "editConfiguration must return a copy");

        handler.storeToken("token");

        assertEquals(Map.of("hostname", "ksem", "accessToken", "token"), configuration.getProperties());
        verify(callback).thingUpdated(thing);
    }

    @Test
    void readOnlyThingPropagatesAndRestores() {
        doThrow(new IllegalStateException("read-only")).when(callback).thingUpdated(thing);
        assertThrows(IllegalStateException.class, () -> handler.storeToken("token"));
        assertEquals(Map.of("hostname", "ksem", "password", "secret"), configuration.getProperties());
    }

    @Test
    void getConfigAsMapsTheConfiguration() {
        Config config = handler.config(Config.class);
        assertEquals("ksem", config.hostname);
        assertEquals("secret", config.password);
    }

    @Test
    void propertiesAreUpdatedOnlyWhenChanged() {
        handler.property("serialNumber", "123");
        handler.property("serialNumber", "123");
        handler.props(Map.of("serialNumber", "123", "firmwareVersion", "2.6.0"));
        assertEquals(Map.of("serialNumber", "123", "firmwareVersion", "2.6.0"), properties);
        verify(callback, times(2)).thingUpdated(thing);
    }

    @Test
    void isLinkedAndBridgeAskTheCallback() {
        ChannelUID channelUID = new ChannelUID(THING_UID, "grid#power-import");
        Channel channel = mock(Channel.class);
        when(channel.getUID()).thenReturn(channelUID);
        when(thing.getChannel("grid#power-import")).thenReturn(channel);
        when(callback.isChannelLinked(channelUID)).thenReturn(true);
        assertTrue(handler.linked("grid#power-import"));
        assertFalse(handler.linked("unknown"));

        ThingUID bridgeUID = new ThingUID("ksem:meter:bridge");
        Bridge bridge = mock(Bridge.class);
        when(thing.getBridgeUID()).thenReturn(bridgeUID);
        when(callback.getBridge(bridgeUID)).thenReturn(bridge);
        assertSame(bridge, handler.bridge());
    }

    @Test
    void handleConfigurationUpdateReinitializes() {
        handler.handleConfigurationUpdate(Map.of("hostname", "ksem"));
        assertEquals(0, handler.initialized, "unchanged configuration must not reinitialize");

        handler.handleConfigurationUpdate(Map.of("hostname", "other"));
        verify(callback).validateConfigurationParameters(eq(thing), eq(Map.of("hostname", "other")));
        assertEquals(1, handler.disposed);
        assertEquals(1, handler.initialized);
        assertEquals("other", configuration.get("hostname"));
        assertEquals("secret", configuration.get("password"));
    }

    @Test
    void thingUpdatedSwapsThing() {
        Thing other = mock(Thing.class);
        handler.thingUpdated(other);
        assertSame(other, handler.getThing());
        assertEquals(1, handler.disposed);
        assertEquals(1, handler.initialized);
    }

    @Test
    void channelLinkedSendsRefreshAndRemovalSetsRemoved() {
        handler.channelLinked(new ChannelUID(THING_UID, "grid#power-import"));
        assertEquals(List.of(RefreshType.REFRESH), handler.commands);

        handler.handleRemoval();
        ArgumentCaptor<ThingStatusInfo> status = ArgumentCaptor.forClass(ThingStatusInfo.class);
        verify(callback).statusUpdated(eq(thing), status.capture());
        assertEquals(ThingStatus.REMOVED, status.getValue().getStatus());
    }

    @Test
    void withoutCallbackNothingIsSent() {
        handler.setCallback(null);
        handler.state("token-state", new StringType("none"));
        handler.status(ThingStatus.ONLINE, ThingStatusDetail.NONE, "");
        verifyNoInteractions(callback);
    }

    @Test
    void schedulerIsSharedAndNamed() throws Exception {
        CompletableFuture<String> name = new CompletableFuture<>();
        handler.pool().execute(() -> name.complete(Thread.currentThread().getName()));
        assertTrue(name.get(5, TimeUnit.SECONDS).startsWith("OH-thingHandler-"));
        assertSame(handler.pool(), new TestHandler(thing).pool());
        handler.pool().shutdownNow();
        assertFalse(handler.pool().isShutdown(), "the shared pool must not be shut down by a handler");
    }
}
