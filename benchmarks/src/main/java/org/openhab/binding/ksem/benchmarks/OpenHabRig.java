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
package org.openhab.binding.ksem.benchmarks;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.openhab.binding.ksem.internal.KsemBindingConstants;
import org.openhab.binding.ksem.internal.api.KsemHttpTransport;
import org.openhab.binding.ksem.internal.api.KsemWebSocketTransport;
import org.openhab.binding.ksem.internal.handler.KsemMeterHandler;
import org.openhab.binding.ksem.internal.handler.Timings;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelGroupUID;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.type.ChannelGroupTypeUID;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;

import com.google.gson.Gson;

/**
 * The openHAB side of the loopback harnesses, built like the bundle's {@code MeterHarness}: the real
 * {@link KsemMeterHandler} with a real {@code Bridge} (openHAB's builder) and a stub {@link ThingHandlerCallback}. The
 * Jetty clients are shared by all meters and configured like openHAB's common clients (WebClientFactoryImpl: one
 * {@code OH-httpClient-common} pool of 10..40 threads for the common HTTP client and the common WebSocket client, two
 * connections per destination). The callback is a plain class rather than a Mockito mock, because recording every
 * invocation would cost more than the binding being measured.
 *
 * @author KSEM binding contributors
 */
public final class OpenHabRig implements AutoCloseable {

    /** Sees every state the handler reports; called on the thread that publishes it. */
    @FunctionalInterface
    public interface StateListener {
        void stateUpdated(ChannelUID channel, State state);
    }

    private final QueuedThreadPool pool = new QueuedThreadPool(40, 10, 300_000);
    private final HttpClient httpClient;
    private final HttpClient webSocketHttpClient;
    private final WebSocketClient webSocketClient;
    private final Gson gson = new Gson();

    public OpenHabRig() throws Exception {
        pool.setName("OH-httpClient-common");
        pool.setDaemon(true);
        httpClient = new HttpClient(new SslContextFactory.Client());
        httpClient.setMaxConnectionsPerDestination(2);
        httpClient.setExecutor(pool);
        httpClient.start();
        pool.setStopTimeout(0);
        webSocketHttpClient = new HttpClient(new SslContextFactory.Client());
        webSocketHttpClient.setExecutor(pool);
        webSocketClient = new WebSocketClient(webSocketHttpClient);
        webSocketClient.start();
    }

    /**
     * Creates and initialises a meter Thing with update interval 0 (every frame reaches every channel) and every
     * channel linked.
     *
     * @param token true: {@code credential} is an access token; false: a password
     */
    public Meter startMeter(String id, int port, String credential, boolean token, StateListener listener) {
        ThingUID uid = new ThingUID(KsemBindingConstants.THING_TYPE_METER, id);
        Map<String, Object> config = new HashMap<>();
        config.put("hostname", "127.0.0.1:" + port);
        config.put(token ? "accessToken" : "password", credential);
        config.put("updateInterval", BigDecimal.ZERO);
        Bridge bridge = BridgeBuilder.create(KsemBindingConstants.THING_TYPE_METER, uid)
                .withConfiguration(new Configuration(config)).build();
        Duration timeout = Timings.DEFAULT.requestTimeout();
        KsemMeterHandler handler = new KsemMeterHandler(bridge, new KsemHttpTransport(httpClient, timeout),
                new KsemWebSocketTransport(webSocketClient, timeout), gson, Timings.DEFAULT);
        Callback callback = new Callback(listener);
        handler.setCallback(callback);
        handler.initialize();
        return new Meter(uid, handler, callback);
    }

    @Override
    public void close() {
        try {
            webSocketClient.stop();
            httpClient.stop();
            pool.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("Stopping the Jetty clients failed", e);
        }
    }

    /** A running meter Thing. */
    public static final class Meter implements AutoCloseable {
        public final ThingUID uid;
        public final KsemMeterHandler handler;
        public final Callback callback;

        Meter(ThingUID uid, KsemMeterHandler handler, Callback callback) {
            this.uid = uid;
            this.handler = handler;
            this.callback = callback;
        }

        public ChannelUID channel(String group, String id) {
            return new ChannelUID(uid, group, id);
        }

        public boolean isOnline() {
            ThingStatusInfo status = callback.status;
            return status != null && status.getStatus() == ThingStatus.ONLINE;
        }

        /** Waits until the Thing is ONLINE and {@code channel} was updated {@code updates} times. */
        public void awaitUpdates(ChannelUID channel, long updates, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!isOnline() || callback.count(channel) < updates) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(uid + " did not deliver " + updates + " updates of " + channel
                            + " within " + timeout.toSeconds() + " s; status " + callback.status);
                }
                Thread.sleep(20);
            }
        }

        @Override
        public void close() {
            handler.dispose();
        }
    }

    /** openHAB's side of the handler: counts states and keeps the last status. */
    public static final class Callback implements ThingHandlerCallback {
        private final StateListener listener;
        private final Map<ChannelUID, LongAdder> counts = new java.util.concurrent.ConcurrentHashMap<>();
        private final LongAdder states = new LongAdder();
        volatile ThingStatusInfo status;

        Callback(StateListener listener) {
            this.listener = listener;
        }

        public long count(ChannelUID channel) {
            LongAdder count = counts.get(channel);
            return count == null ? 0 : count.sum();
        }

        public long states() {
            return states.sum();
        }

        public ThingStatusInfo status() {
            return status;
        }

        @Override
        public void stateUpdated(ChannelUID channelUID, State state) {
            states.increment();
            counts.computeIfAbsent(channelUID, c -> new LongAdder()).increment();
            listener.stateUpdated(channelUID, state);
        }

        @Override
        public void statusUpdated(Thing thing, ThingStatusInfo thingStatus) {
            status = thingStatus;
        }

        @Override
        public boolean isChannelLinked(ChannelUID channelUID) {
            return true;
        }

        @Override
        public void thingUpdated(Thing thing) {
            // the configuration lives in the Bridge object itself
        }

        @Override
        public void postCommand(ChannelUID channelUID, Command command) {
        }

        @Override
        public void validateConfigurationParameters(Thing thing, Map<String, Object> configurationParameters) {
        }

        @Override
        public void validateConfigurationParameters(Channel channel, Map<String, Object> configurationParameters) {
        }

        @Override
        public void configurationUpdated(Thing thing) {
        }

        @Override
        public void migrateThingType(Thing thing, ThingTypeUID thingTypeUID, Configuration configuration) {
        }

        @Override
        public void channelTriggered(Thing thing, ChannelUID channelUID, String event) {
        }

        @Override
        public ChannelBuilder createChannelBuilder(ChannelUID channelUID, ChannelTypeUID channelTypeUID) {
            throw new IllegalArgumentException("No channel types in the benchmark");
        }

        @Override
        public ChannelBuilder editChannel(Thing thing, ChannelUID channelUID) {
            throw new IllegalArgumentException("No channels in the benchmark");
        }

        @Override
        public List<ChannelBuilder> createChannelBuilders(ChannelGroupUID channelGroupUID,
                ChannelGroupTypeUID channelGroupTypeUID) {
            throw new IllegalArgumentException("No channel group types in the benchmark");
        }

        @Override
        public Bridge getBridge(ThingUID bridgeUID) {
            return null;
        }
    }
}
