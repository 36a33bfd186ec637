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

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * nginx's {@code limit_req} for the login zone of the device (1 request/s per client address; api §1.2): a leaky
 * bucket that counts the "excess" in milli-requests. With {@code burst} 0 a second POST within a second is refused;
 * with nginx's {@code burst=1} (without {@code nodelay}) it is held back until its slot comes and only the third
 * is refused. Refused requests do not fill the bucket.
 */
final class PostRateLimiter {

    /** Whether to serve a request and how long to hold it back first. */
    record Decision(boolean allowed, long delayMillis) {
    }

    private record Bucket(long excess, long lastMillis) {
    }

    private static final long ONE_REQUEST = 1000;
    private static final Decision UNLIMITED = new Decision(true, 0);

    private final boolean enabled;
    private final long burst;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new HashMap<>();

    /** @param nanoTime monotonic time in nanoseconds, {@link System#nanoTime()} except in tests */
    PostRateLimiter(boolean enabled, int burst, LongSupplier nanoTime) {
        this.enabled = enabled;
        this.burst = (long) burst * ONE_REQUEST;
        this.nanoTime = nanoTime;
    }

    /** Decides on a request arriving now; the time is read under this object's lock, in arrival order. */
    synchronized Decision acquire(String client) {
        return acquire(client, nanoTime.getAsLong() / 1_000_000);
    }

    synchronized Decision acquire(String client, long nowMillis) {
        if (!enabled) {
            return UNLIMITED;
        }
        Bucket bucket = buckets.get(client);
        long excess = 0;
        if (bucket != null) {
            // At 1 r/s the bucket drains one milli-request per millisecond.
            excess = Math.max(0, bucket.excess() - (nowMillis - bucket.lastMillis()) + ONE_REQUEST);
        }
        if (excess > burst) {
            return new Decision(false, 0);
        }
        buckets.put(client, new Bucket(excess, nowMillis));
        return new Decision(true, excess);
    }

    /** Forgets every client, as after a reboot. */
    synchronized void reset() {
        buckets.clear();
    }
}
