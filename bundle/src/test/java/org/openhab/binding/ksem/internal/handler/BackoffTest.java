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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class BackoffTest {

    @Test
    void doublesUpToTheCapAndResets() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), () -> 0.5); // 0.5 = no jitter
        assertEquals(Duration.ofSeconds(1), backoff.next());
        assertEquals(Duration.ofSeconds(2), backoff.next());
        assertEquals(Duration.ofSeconds(4), backoff.next());
        assertEquals(Duration.ofSeconds(8), backoff.next());
        assertEquals(Duration.ofSeconds(10), backoff.next());
        assertEquals(Duration.ofSeconds(10), backoff.next());
        backoff.reset();
        assertEquals(Duration.ofSeconds(1), backoff.next());
    }

    @Test
    void jitterStaysWithinTwentyPercentAndBelowTheCap() {
        Backoff low = new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(60), () -> 0.0);
        Backoff high = new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(60), () -> 0.999_999);
        assertEquals(8_000, low.next().toMillis());
        assertEquals(12_000, high.next().toMillis(), 1);
        for (int i = 0; i < 10; i++) {
            assertTrue(high.next().compareTo(Duration.ofSeconds(60)) <= 0);
        }
    }
}
