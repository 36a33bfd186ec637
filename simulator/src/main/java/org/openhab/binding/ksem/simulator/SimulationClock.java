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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The simulator's notion of time: wall-clock instants for timestamps and token expiry, and the seconds since the
 * start that drive the deterministic {@link HouseholdProfile}.
 */
final class SimulationClock {

    private final Clock clock;
    private final Instant start;

    SimulationClock(Clock clock) {
        this.clock = clock;
        this.start = clock.instant();
    }

    Instant now() {
        return clock.instant();
    }

    double secondsSinceStart(Instant instant) {
        return Duration.between(start, instant).toNanos() / 1e9;
    }
}
