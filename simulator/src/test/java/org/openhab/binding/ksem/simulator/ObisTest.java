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

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ObisTest {

    @Test
    void packsOneBytePerGroup() {
        assertEquals(1_099_528_667_391L, Obis.of(1, 4));
        assertEquals(0x0100020800FFL, Obis.parse("1-0:2.8.0*255"));
        assertEquals(Obis.of(21, 4), Obis.phase(Obis.ACTIVE_IMPORT, 1, Obis.MODE_MEAN));
    }

    @Test
    void formatsAndParsesBack() {
        for (long code : MeterModel.obisCodes()) {
            assertEquals(code, Obis.parse(Obis.format(code)));
        }
        assertEquals("1-0:14.4.0*255", Obis.format(Obis.of(14, 4)));
        assertEquals(Obis.of(1, 8), Obis.parse("1-0:1.8.0"));
    }

    @Test
    void refusesWhatIsNotAnObisCode() {
        assertThrows(IllegalArgumentException.class, () -> Obis.parse("1.8.0"));
        assertThrows(IllegalArgumentException.class, () -> Obis.of(256, 4));
    }
}
