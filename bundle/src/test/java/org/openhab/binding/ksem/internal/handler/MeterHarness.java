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
import static org.mockito.Mockito.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.openhab.binding.ksem.internal.KsemBindingConstants;
import org.openhab.binding.ksem.internal.api.KsemHttpTransport;
import org.openhab.binding.ksem.internal.api.KsemWebSocketTransport;
import org.openhab.binding.ksem.internal.api.TlsProviderRegistrar;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.types.State;

import com.google.gson.Gson;

/**
 * Runs the real {@link KsemMeterHandler} against a loopback KSEM: real Jetty HTTP and WebSocket clients, a mocked
 * {@code Bridge} and {@code ThingHandlerCallback} that record what the handler reports, as openHAB would see it.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class MeterHarness implements AutoCloseable {

    /** The real device's rate; timing bounds that scale with the frame interval use it to leave room for slow hosts. */
    public static final Duration DEVICE_FRAME = Duration.ofSeconds(1);
    /** Fast timings so that reconnect and token tests finish in seconds. */
    public static final Timings FAST = new Timings(Duration.ofSeconds(3), Duration.ofMillis(200), Duration.ofSeconds(2),
            Duration.ofMillis(500), Duration.ofMillis(100), Duration.ofMillis(200));

    public record StateUpdate(ChannelUID channel, State state, long nanos) {
    }

    public final ThingUID thingUID = new ThingUID(KsemBindingConstants.THING_TYPE_METER, "test");
    public final Bridge thing = mock(Bridge.class);
    public final ThingHandlerCallback callback = mock(ThingHandlerCallback.class);
    public final Configuration configuration;
    public final Map<String, String> properties = new ConcurrentHashMap<>();
    public final List<ThingStatusInfo> statuses = new CopyOnWriteArrayList<>();
    public final List<StateUpdate> updates = new CopyOnWriteArrayList<>();
    public final Map<ChannelUID, State> latest = new ConcurrentHashMap<>();
    public volatile Predicate<ChannelUID> linked = channel -> true;
    public volatile boolean readOnlyConfiguration;
    public final List<Map<String, Object>> savedConfigurations = new CopyOnWriteArrayList<>();

    private final HttpClient httpClient;
    private final WebSocketClient webSocketClient;
    public final KsemMeterHandler handler;

    public MeterHarness(Map<String, Object> config) throws Exception {
        this(config, FAST);
    }

    public MeterHarness(Map<String, Object> config, Timings timings) throws Exception {
        this(config, timings, new HttpClient(), TlsProviderRegistrar.NONE);
    }

    /**
     * @param httpClient an unstarted client, e.g. one whose TLS trust emulates openHAB's (started and stopped here)
     * @param tls where the handler registers the trust manager of an HTTPS meter
     */
    public MeterHarness(Map<String, Object> config, Timings timings, HttpClient httpClient, TlsProviderRegistrar tls)
            throws Exception {
        this.httpClient = httpClient;
        this.webSocketClient = new WebSocketClient(httpClient);
        configuration = new Configuration(new HashMap<>(config));
        when(thing.getUID()).thenReturn(thingUID);
        when(thing.getThingTypeUID()).thenReturn(KsemBindingConstants.THING_TYPE_METER);
        when(thing.getConfiguration()).thenReturn(configuration);
        when(thing.getProperties()).thenAnswer(i -> Map.copyOf(properties));
        doAnswer(i -> {
            Map<String, String> newProperties = i.getArgument(0);
            properties.clear();
            properties.putAll(newProperties);
            return null;
        }).when(thing).setProperties(any());
        doAnswer(i -> {
            String name = i.getArgument(0);
            String value = i.getArgument(1);
            return value == null ? properties.remove(name) : properties.put(name, value);
        }).when(thing).setProperty(any(), any());
        doAnswer(i -> {
            statuses.add(i.getArgument(1));
            return null;
        }).when(callback).statusUpdated(any(), any());
        doAnswer(i -> {
            StateUpdate update = new StateUpdate(i.getArgument(0), i.getArgument(1), System.nanoTime());
            updates.add(update);
            latest.put(update.channel(), update.state());
            return null;
        }).when(callback).stateUpdated(any(), any());
        when(callback.isChannelLinked(any())).thenAnswer(i -> linked.test(i.getArgument(0)));
        savedConfigurations.add(new HashMap<>(configuration.getProperties()));
        doAnswer(i -> {
            Map<String, Object> current = new HashMap<>(configuration.getProperties());
            if (current.equals(savedConfigurations.get(savedConfigurations.size() - 1))) {
                return null; // a property update
            }
            if (readOnlyConfiguration) {
                throw new IllegalStateException("read-only Thing");
            }
            savedConfigurations.add(current);
            return null;
        }).when(callback).thingUpdated(any());

        httpClient.start();
        webSocketClient.start();
        handler = new KsemMeterHandler(thing, new KsemHttpTransport(httpClient, timings.requestTimeout()),
                new KsemWebSocketTransport(webSocketClient, timings.requestTimeout()), new Gson(), timings, tls);
        handler.setCallback(callback);
    }

    public void initialize() {
        handler.initialize();
    }

    /** WebSocket sessions the client holds open right now (leak checks). */
    public int openClientSessions() {
        return webSocketClient.getOpenSessions().size();
    }

    public HttpClient httpClient() {
        return httpClient;
    }

    public ChannelUID channel(String group, String id) {
        return new ChannelUID(thingUID, group, id);
    }

    public @Nullable State state(String group, String id) {
        return latest.get(channel(group, id));
    }

    public ThingStatusInfo lastStatus() {
        return statuses.isEmpty()
                ? new ThingStatusInfo(org.openhab.core.thing.ThingStatus.UNINITIALIZED,
                        org.openhab.core.thing.ThingStatusDetail.NONE, null)
                : statuses.get(statuses.size() - 1);
    }

    public ThingStatusInfo awaitStatus(Predicate<ThingStatusInfo> condition, Duration timeout) {
        waitFor(() -> condition.test(lastStatus()), timeout, () -> "status; got " + statuses);
        return lastStatus();
    }

    public List<StateUpdate> updatesOf(ChannelUID channel) {
        List<StateUpdate> result = new ArrayList<>();
        for (StateUpdate update : updates) {
            if (update.channel().equals(channel)) {
                result.add(update);
            }
        }
        return result;
    }

    public Set<ChannelUID> updatedChannels() {
        return latest.keySet();
    }

    public static void waitFor(BooleanSupplier condition, Duration timeout, java.util.function.Supplier<String> what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + what.get());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

    @Override
    public void close() throws Exception {
        handler.dispose();
        webSocketClient.stop();
        httpClient.stop();
    }
}
