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
package org.openhab.binding.ksem.runtime.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * @author KSEM binding contributors
 */
class DemoOptionsTest {

    @Test
    void withoutOptionsTheSimulatorRunsUntilStopped() {
        DemoOptions options = DemoOptions.parse(List.of());

        assertTrue(options.usesSimulator());
        assertNull(options.duration());
        assertFalse(options.autoApprove() || options.showToken() || options.eventLog() || options.help());
    }

    @Test
    void readsEveryOption() {
        DemoOptions options = DemoOptions.parse(List.of("--host", "ksem.local:8080", "--password", "pw", "--things",
                "t.json", "--events", "e.jsonl", "--duration", "30", "--auto-approve", "--show-token", "--event-log",
                "--debug"));

        assertEquals("ksem.local:8080", options.host());
        assertEquals("pw", options.password());
        assertEquals(Path.of("t.json"), options.thingsFile());
        assertEquals(Path.of("e.jsonl"), options.eventsFile());
        assertEquals(Duration.ofSeconds(30), options.duration());
        assertTrue(options.autoApprove() && options.showToken() && options.eventLog() && options.debug());
        assertFalse(options.usesSimulator());
    }

    @Test
    void refusesWhatCannotWork() {
        assertMessage("--host needs --password or --token", "--host", "ksem.local");
        assertMessage("not both", "--password", "a", "--token", "b");
        assertMessage("--duration needs a whole number", "--duration", "0");
        assertMessage("--events needs a value", "--events", "--auto-approve");
        assertMessage("Unknown option --port", "--port", "80");
    }

    private static void assertMessage(String expected, String... args) {
        String message = assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse(List.of(args)))
                .getMessage();
        assertTrue(message.contains(expected), message);
    }
}
