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
package org.openhab.binding.ksem.simulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/** Counters of what clients did, for assertions in tests. */
public final class SimulatorStats {

    private final AtomicLong logins = new AtomicLong();
    private final AtomicLong rejectedLogins = new AtomicLong();
    private final AtomicLong rateLimitedPosts = new AtomicLong();
    private final AtomicLong framesSent = new AtomicLong();
    private final Map<String, AtomicLong> framesByTopic = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> restCalls = new ConcurrentHashMap<>();
    private final IntSupplier openWebSockets;
    private volatile JsonTopics jsonSockets;

    SimulatorStats(IntSupplier openWebSockets) {
        this.openWebSockets = openWebSockets;
    }

    /** Successful password logins. */
    public long logins() {
        return logins.get();
    }

    /** Logins refused for wrong credentials (not for the rate limit). */
    public long rejectedLogins() {
        return rejectedLogins.get();
    }

    /** POSTs answered with 429, by the rate limit or by {@link Faults#tooManyRequests(int)}. */
    public long rateLimitedPosts() {
        return rateLimitedPosts.get();
    }

    /** Binary frames handed to sockets, counted once per socket. */
    public long framesSent() {
        return framesSent.get();
    }

    public long framesSent(String topic) {
        AtomicLong count = framesByTopic.get(KsemSimulator.normaliseTopic(topic));
        return count == null ? 0 : count.get();
    }

    /** HTTP requests (not WebSocket upgrades) to this exact path, e.g. {@code /api/device-settings}. */
    public long restCalls(String path) {
        AtomicLong count = restCalls.get(path);
        return count == null ? 0 : count.get();
    }

    /** HTTP requests (not WebSocket upgrades) to any path. */
    public long restCalls() {
        return restCalls.values().stream().mapToLong(AtomicLong::get).sum();
    }

    /** WebSockets open right now, authenticated or not. */
    public int openWebSockets() {
        JsonTopics json = jsonSockets;
        return openWebSockets.getAsInt() + (json == null ? 0 : json.openSockets());
    }

    /**
     * JSON-stream WebSockets open right now on this exact request path, authenticated or not, e.g.
     * {@code /api/data-transfer/ws/json/json/local/config/e-mobility/chargemode}.
     */
    public int openWebSockets(String path) {
        JsonTopics json = jsonSockets;
        return json == null ? 0 : json.openSockets(path);
    }

    /** JSON-stream WebSockets opened on this exact request path since the start (closed ones included). */
    public long webSocketsOpened(String path) {
        JsonTopics json = jsonSockets;
        return json == null ? 0 : json.openedSockets(path);
    }

    void countJsonSockets(JsonTopics topics) {
        jsonSockets = topics;
    }

    public void reset() {
        logins.set(0);
        rejectedLogins.set(0);
        rateLimitedPosts.set(0);
        framesSent.set(0);
        framesByTopic.clear();
        restCalls.clear();
    }

    void countLogin() {
        logins.incrementAndGet();
    }

    void countRejectedLogin() {
        rejectedLogins.incrementAndGet();
    }

    void countRateLimited() {
        rateLimitedPosts.incrementAndGet();
    }

    void countFrame(String topic) {
        framesSent.incrementAndGet();
        framesByTopic.computeIfAbsent(topic, t -> new AtomicLong()).incrementAndGet();
    }

    void countRestCall(String path) {
        restCalls.computeIfAbsent(path, p -> new AtomicLong()).incrementAndGet();
    }
}
