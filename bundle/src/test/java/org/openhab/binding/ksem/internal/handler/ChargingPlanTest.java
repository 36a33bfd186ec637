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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.ksem.internal.api.dto.TimeBasedChargeEntry;
import org.openhab.binding.ksem.internal.api.dto.TimeBasedChargeSlot;
import org.openhab.binding.ksem.internal.handler.ChargingPlan.Point;

/**
 * The text form of the weekly charging plan and its conversion to and from the device's calls (api §4, §7.14).
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class ChargingPlanTest {

    @Test
    void parsesAndFormatsMondayFirstWithTheDevicesWeekdayNumbers() {
        ChargingPlan plan = ChargingPlan.parse("sun 22:00 grid;\nMON 8:00 pv, Saturday 10:00 HYBRID, MON 18:00 off");
        assertEquals(List.of(new Point(1, 8, 2), new Point(1, 18, 0), new Point(6, 10, 3), new Point(0, 22, 1)),
                plan.points());
        assertEquals("MON 08:00 pv, MON 18:00 off, SAT 10:00 hybrid, SUN 22:00 grid", plan.format());
        assertEquals(plan, ChargingPlan.parse(plan.format()));
    }

    @Test
    void theEmptyTextIsTheEmptyPlan() {
        assertTrue(ChargingPlan.parse("").isEmpty());
        assertTrue(ChargingPlan.parse(" , ").isEmpty());
        assertTrue(ChargingPlan.parse(null).isEmpty());
        assertEquals("", ChargingPlan.empty().format());
    }

    @ParameterizedTest
    @ValueSource(strings = { "MON 08:30 pv", "MON 24:00 pv", "XYZ 08:00 pv", "MON 08:00 solar", "MON 8 pv", "MON 08:00",
            "MON 08:00 pv, mon 08:00 off" })
    void refusesInvalidPlans(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChargingPlan.parse(text));
        assertFalse(String.valueOf(e.getMessage()).isBlank());
    }

    @Test
    void minutesAreRefusedWithAHint() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChargingPlan.parse("TUE 07:15 grid"));
        assertTrue(String.valueOf(e.getMessage()).contains("whole hours"));
        assertTrue(String.valueOf(e.getMessage()).contains("07:00"));
    }

    @Test
    void convertsToTheRequestAndFromBothAnswers() {
        ChargingPlan plan = ChargingPlan.parse("MON 08:00 pv, SUN 23:00 off");
        List<TimeBasedChargeEntry> entries = plan.toEntries();
        assertEquals(2, entries.size());
        assertEquals(1, entries.get(0).weekday);
        assertEquals(8, entries.get(0).startHour);
        assertEquals(0, entries.get(0).startMinute);
        assertEquals(2, entries.get(0).chargeMode);
        assertEquals(plan, ChargingPlan.fromEntries(entries));

        TimeBasedChargeSlot monday = slot("2018-01-01T08:00:00Z", 2);
        TimeBasedChargeSlot sunday = slot("2017-12-31T23:00:00+01:00", 0);
        assertEquals(plan, ChargingPlan.fromSlots(List.of(sunday, monday)));
        assertNull(ChargingPlan.fromSlots(List.of(slot("next monday", 2))));
        assertNull(ChargingPlan.fromSlots(List.of(slot("2018-01-08T08:00:00Z", 2))), "outside the reference week");
    }

    private static TimeBasedChargeSlot slot(String start, int mode) {
        TimeBasedChargeSlot slot = new TimeBasedChargeSlot();
        slot.startTime = start;
        slot.chargeMode = mode;
        return slot;
    }
}
