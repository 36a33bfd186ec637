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

import java.time.Duration;
import java.util.function.DoubleSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Exponential reconnect delays with jitter: initial, 2x, 4x ... up to a cap; {@link #reset()} after a success. The
 * jitter (±20 %) keeps many meters from reconnecting in lockstep after a network outage.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class Backoff {

    private static final double JITTER = 0.2;

    private final Duration initial;
    private final Duration max;
    private final DoubleSupplier random;
    private int failures;

    /** @param random uniform values in [0, 1) */
    public Backoff(Duration initial, Duration max, DoubleSupplier random) {
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    public synchronized Duration next() {
        double base = Math.min(max.toMillis(), initial.toMillis() * Math.pow(2, Math.min(failures, 30)));
        failures++;
        double factor = 1 + JITTER * (2 * random.getAsDouble() - 1);
        return Duration.ofMillis(Math.round(Math.min(max.toMillis(), base * factor)));
    }

    public synchronized void reset() {
        failures = 0;
    }
}
