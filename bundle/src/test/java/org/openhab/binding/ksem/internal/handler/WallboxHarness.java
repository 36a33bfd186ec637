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
package org.openhab.binding.ksem.internal.handler;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ksem.internal.KsemBindingConstants;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

/**
 * Runs real {@link KsemWallboxHandler}s under a {@link MeterHarness}'s real meter bridge, the way openHAB wires them:
 * each wallbox finds its bridge through its callback, the bridge learns about it in
 * {@code childHandlerInitialized/Disposed}, and a change of the bridge's status reaches the wallbox handlers through
 * {@code bridgeStatusChanged} on another thread.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class WallboxHarness implements AutoCloseable {

    /** Fast periods: poll every 300 ms, no lower limit for refreshInterval, follow-up reads after 300 ms. */
    public static final WallboxTimings FAST = new WallboxTimings(Duration.ofMillis(300), Duration.ZERO,
            Duration.ofMillis(300));

    public final MeterHarness meter;
    private final List<Wallbox> wallboxes = new CopyOnWriteArrayList<>();
    /** openHAB calls bridgeStatusChanged from its own threads, never inside the bridge's updateStatus. */
    private final ExecutorService framework = Executors.newSingleThreadExecutor();

    public WallboxHarness(MeterHarness meter) {
        this.meter = meter;
        when(meter.thing.getHandler()).thenReturn(meter.handler);
        when(meter.thing.getStatus()).thenAnswer(i -> meter.lastStatus().getStatus());
        when(meter.thing.getStatusInfo()).thenAnswer(i -> meter.lastStatus());
        doAnswer(i -> {
            ThingStatusInfo info = i.getArgument(1);
            ThingStatus before = meter.lastStatus().getStatus();
            meter.statuses.add(info);
            if (before != info.getStatus()) {
                for (Wallbox wallbox : wallboxes) {
                    framework.execute(() -> wallbox.handler.bridgeStatusChanged(info));
                }
            }
            return null;
        }).when(meter.callback).statusUpdated(any(), any());
    }

    /** A wallbox Thing {@code ksem:wallbox:test:<id>} with this configuration; not initialized yet. */
    public Wallbox add(String id, Map<String, Object> config) {
        Wallbox wallbox = new Wallbox(id, config, FAST);
        wallboxes.add(wallbox);
        return wallbox;
    }

    @Override
    public void close() throws Exception {
        for (Wallbox wallbox : wallboxes) {
            wallbox.dispose();
        }
        framework.shutdownNow();
        meter.close();
    }

    /** One wallbox Thing, its handler and what the handler reported. */
    public final class Wallbox {
        public final ThingUID thingUID;
        public final Thing thing;
        public final ThingHandlerCallback callback = mock(ThingHandlerCallback.class);
        public final KsemWallboxHandler handler;
        public final List<ThingStatusInfo> statuses = new CopyOnWriteArrayList<>();
        public final Map<String, State> latest = new ConcurrentHashMap<>();
        public final Map<String, List<State>> history = new ConcurrentHashMap<>();
        private volatile boolean initialized;

        Wallbox(String id, Map<String, Object> config, WallboxTimings timings) {
            thingUID = new ThingUID(KsemBindingConstants.THING_TYPE_WALLBOX, meter.thingUID, id);
            thing = ThingBuilder.create(KsemBindingConstants.THING_TYPE_WALLBOX, thingUID).withBridge(meter.thingUID)
                    .withConfiguration(new Configuration(new HashMap<>(config))).withLabel("Wallbox " + id).build();
            when(callback.getBridge(eq(meter.thingUID))).thenReturn(meter.thing);
            when(callback.isChannelLinked(any())).thenReturn(true);
            doAnswer(i -> {
                ThingStatusInfo info = i.getArgument(1);
                statuses.add(info);
                thing.setStatusInfo(info);
                return null;
            }).when(callback).statusUpdated(any(), any());
            doAnswer(i -> {
                ChannelUID channel = i.getArgument(0);
                State state = i.getArgument(1);
                latest.put(channel.getId(), state);
                List<State> states = history.computeIfAbsent(channel.getId(), c -> new CopyOnWriteArrayList<>());
                if (states != null) {
                    states.add(state);
                }
                return null;
            }).when(callback).stateUpdated(any(), any());
            handler = new KsemWallboxHandler(thing, timings);
            handler.setCallback(callback);
            thing.setHandler(handler);
        }

        /** initialize(), then childHandlerInitialized on the bridge, as openHAB's ThingManager does. */
        public Wallbox initialize() {
            handler.initialize();
            meter.handler.childHandlerInitialized(handler, thing);
            initialized = true;
            return this;
        }

        public void dispose() {
            if (initialized) {
                initialized = false;
                handler.dispose();
                meter.handler.childHandlerDisposed(handler, thing);
            }
        }

        public void command(String channel, Command command) {
            handler.handleCommand(new ChannelUID(thingUID, channel), command);
        }

        public @Nullable State state(String channel) {
            return latest.get(channel);
        }

        public ThingStatusInfo lastStatus() {
            return statuses.isEmpty() ? new ThingStatusInfo(ThingStatus.UNINITIALIZED, ThingStatusDetail.NONE, null)
                    : statuses.get(statuses.size() - 1);
        }

        public ThingStatusInfo awaitStatus(Predicate<ThingStatusInfo> condition, Duration timeout) {
            MeterHarness.waitFor(() -> condition.test(lastStatus()), timeout, () -> "wallbox status; got " + statuses);
            return lastStatus();
        }

        /** Waits until the channel shows this state. */
        public void awaitState(String channel, State expected, Duration timeout) {
            MeterHarness.waitFor(() -> expected.equals(latest.get(channel)), timeout, () -> channel + " = " + expected
                    + "; got " + latest.get(channel) + ", history " + history.get(channel));
        }
    }
}
