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
package org.openhab.binding.ksem.runtime.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.openhab.binding.ksem.runtime.api.ChannelStateEvent;
import org.openhab.binding.ksem.runtime.api.ThingStatusEvent;

/**
 * @author KSEM binding contributors
 */
class EventLogTest {

    private static final String THING = "ksem:meter:home";
    private final EventLog log = new EventLog(4);

    @Test
    void waitsOnlyForEventsAfterAPosition() throws Exception {
        log.onEvent(status("ONLINE"));
        long position = log.position();
        CompletableFuture<ThingStatusEvent> later = CompletableFuture.supplyAsync(() -> {
            try {
                return log.await(ThingStatusEvent.class, e -> e.status().equals("ONLINE"), Duration.ofSeconds(5),
                        position);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        ThingStatusEvent second = status("ONLINE");
        log.onEvent(status("OFFLINE"));
        log.onEvent(second);

        assertSame(second, later.get());
    }

    @Test
    void keepsTheLatestStatusAndStatesWhenTheHistoryIsTrimmed() throws Exception {
        for (int i = 0; i < 10; i++) {
            log.onEvent(new ChannelStateEvent(THING, THING + ":grid#power-import", String.valueOf(i), "W",
                    Instant.now()));
        }
        log.onEvent(status("ONLINE"));

        assertTrue(log.events().size() <= 4, log.events().toString());
        assertEquals("9", log.states(THING).get("grid#power-import").state());
        assertEquals("ONLINE", log.status(THING).orElseThrow().status());
        assertEquals("9", log.await(ChannelStateEvent.class, e -> e.state().equals("9"), Duration.ZERO).state());
    }

    @Test
    void aTimeoutNamesTheStatusesSeen() {
        log.onEvent(status("UNKNOWN"));
        TimeoutException timeout = assertThrows(TimeoutException.class,
                () -> log.await(ThingStatusEvent.class, e -> e.status().equals("ONLINE"), Duration.ofMillis(50)));
        assertTrue(timeout.getMessage().contains("to UNKNOWN"), timeout.getMessage());
    }

    private static ThingStatusEvent status(String status) {
        return new ThingStatusEvent(THING, status, "NONE", null, null, "INITIALIZING", Instant.now());
    }
}
