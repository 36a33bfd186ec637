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

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Misbehaviour on demand, for tests of a client's error handling. Every method returns at once; timed faults end by
 * themselves.
 */
public final class Faults {

    /** What the faults need from the running device. */
    interface DeviceControl {
        void dropConnections();

        void reboot(Duration downtime);

        void revokeAll();

        /** Closes every open value stream with a close frame carrying this code. */
        void closeStreams(int statusCode, String reason);

        void schedule(Runnable action, Duration delay);
    }

    /** WebSocket close code a device sends when a stream's token is no longer accepted. */
    public static final int POLICY_VIOLATION = 1008;
    /** How long a close frame gets to reach the client before a reboot resets the connections. */
    private static final Duration CLOSE_FRAME_GRACE = Duration.ofMillis(100);

    private final DeviceControl device;
    private final Set<String> topics;
    private final Map<String, FrameFault> pendingFrameFaults = new ConcurrentHashMap<>();
    private final AtomicInteger tooManyRequests = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private long stallUntilNanos;
    private boolean stalling;

    Faults(DeviceControl device, Set<String> topics) {
        this.device = device;
        this.topics = Set.copyOf(topics);
    }

    /**
     * Resets every connection (TCP RST): WebSockets end abnormally without a close frame (1006) and HTTP keep-alive
     * connections are gone. New connections are served at once.
     */
    public void dropConnections() {
        device.dropConnections();
    }

    /** Accepts connections but answers no request and sends no frame for this long. */
    public synchronized void stall(Duration duration) {
        stalling = true;
        stallUntilNanos = System.nanoTime() + duration.toNanos();
        notifyAll();
    }

    /** Ends a stall early; held requests are answered now. */
    public synchronized void endStall() {
        stalling = false;
        notifyAll();
    }

    /** The next frame on each stream is random bytes that do not parse as GDRs. */
    public void garbageFrame() {
        topics.forEach(topic -> pendingFrameFaults.put(topic, FrameFault.GARBAGE));
    }

    /** The next frame on each stream is the first half of a real frame. */
    public void truncatedFrame() {
        topics.forEach(topic -> pendingFrameFaults.put(topic, FrameFault.TRUNCATED));
    }

    /**
     * Closes everything and refuses connections for this long; login JWTs issued before are invalid afterwards
     * (new signing key), access tokens stay valid.
     */
    public void reboot(Duration downtime) {
        device.reboot(downtime);
    }

    /**
     * Like {@link #reboot(Duration)}, but first closes every open value stream with {@code closeCode} (e.g.
     * {@link #POLICY_VIOLATION}, as a gateway does whose authentication service goes down first), then resets the
     * connections and refuses new ones for {@code downtime}. Access tokens stay valid.
     */
    public void reboot(Duration downtime, int closeCode) {
        device.closeStreams(closeCode, "device restarting");
        device.schedule(() -> device.reboot(downtime), CLOSE_FRAME_GRACE);
    }

    /**
     * Closes every open value stream with a close frame carrying {@code statusCode} (e.g. {@link #POLICY_VIOLATION}
     * although every token is still valid); new connections are served at once.
     */
    public void closeStreams(int statusCode) {
        device.closeStreams(statusCode, "closed by fault injection");
    }

    /** The next frame on each stream is far larger (1 MiB) than any real frame. */
    public void oversizedFrame() {
        topics.forEach(topic -> pendingFrameFaults.put(topic, FrameFault.OVERSIZED));
    }

    /** The next {@code n} login POSTs are answered with 429. */
    public void tooManyRequests(int n) {
        tooManyRequests.set(Math.max(0, n));
    }

    /** The next {@code n} REST calls are answered with 500. */
    public void serverErrors(int n) {
        serverErrors.set(Math.max(0, n));
    }

    /** Revokes every access token and invalidates every login JWT issued so far. */
    public void revokeAll() {
        device.revokeAll();
    }

    /** Forgets every pending fault and ends a stall. */
    public void clear() {
        pendingFrameFaults.clear();
        tooManyRequests.set(0);
        serverErrors.set(0);
        endStall();
    }

    public synchronized boolean isStalled() {
        if (stalling && System.nanoTime() - stallUntilNanos >= 0) {
            stalling = false;
        }
        return stalling;
    }

    /** Holds the calling request thread while the device is stalled. */
    synchronized void awaitStallEnd() throws InterruptedException {
        while (isStalled()) {
            long remainingMillis = Math.max(1, (stallUntilNanos - System.nanoTime()) / 1_000_000);
            wait(remainingMillis);
        }
    }

    FrameFault takeFrameFault(String topic) {
        return pendingFrameFaults.remove(topic);
    }

    boolean takeTooManyRequests() {
        return takeOne(tooManyRequests);
    }

    boolean takeServerError() {
        return takeOne(serverErrors);
    }

    private static boolean takeOne(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }
}
