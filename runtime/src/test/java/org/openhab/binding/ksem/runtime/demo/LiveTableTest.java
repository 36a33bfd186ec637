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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openhab.binding.ksem.runtime.api.ChannelStateEvent;

/**
 * @author KSEM binding contributors
 */
class LiveTableTest {

    private static final String THING = "ksem:meter:home";
    private final Map<String, ChannelStateEvent> states = Map.of( //
            "grid#power-import", state("grid#power-import", "1234.5678", "W"), //
            "l2#voltage", state("l2#voltage", "229.9", "V"), //
            "device#token-state", state("device#token-state", "valid", null));

    @Test
    void showsValuesWithUnitsRoundedAndDashesForTheRest() {
        assertEquals("1234.57 W", LiveTable.v(states, "grid#power-import"));
        assertEquals("valid", LiveTable.v(states, "device#token-state"));
        assertEquals("–", LiveTable.v(states, "grid#power-export"));
    }

    @Test
    void theTableHasOneRowPerQuantityAndTheStatusOnTop() {
        List<String> table = LiveTable.table(THING, "ONLINE", states, LocalTime.of(12, 0, 1));

        assertTrue(table.get(0).startsWith("KSEM ksem:meter:home  ONLINE  12:00:01"), table.get(0));
        assertTrue(table.stream().anyMatch(l -> l.startsWith("Grid power") && l.contains("1234.57 W")), table.toString());
        assertTrue(table.stream().anyMatch(l -> l.startsWith("Voltage") && l.contains("229.9 V")), table.toString());
        assertTrue(table.stream().anyMatch(l -> l.contains("token valid")), table.toString());
    }

    @Test
    void theSummaryIsOneLine() {
        String line = LiveTable.summary(THING, "ONLINE", states, LocalTime.of(12, 0, 1));
        assertTrue(line.startsWith("12:00:01 ksem:meter:home ONLINE | grid import 1234.57 W"), line);
        assertTrue(!line.contains("\n"));
    }

    private static ChannelStateEvent state(String id, String value, String unit) {
        return new ChannelStateEvent(THING, THING + ":" + id, value, unit, Instant.now());
    }
}
