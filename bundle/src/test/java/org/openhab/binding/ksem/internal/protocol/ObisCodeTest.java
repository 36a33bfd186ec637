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
package org.openhab.binding.ksem.internal.protocol;

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link ObisCode}.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class ObisCodeTest {

    @Test
    void packsTheApiExample() {
        assertEquals(0x0100010400FFL, ObisCode.key(1, 0, 1, 4, 0, 255));
        assertEquals(1_099_528_667_391L, ObisCode.key(1, 4));
        assertEquals(0x0100020800FFL, ObisCode.key(2, 8));
        assertEquals("1-0:1.4.0*255", ObisCode.toString(1_099_528_667_391L));
        assertEquals(1_099_528_667_391L, ObisCode.parse("1-0:1.4.0*255"));
    }

    @Test
    void extractsGroups() {
        long key = ObisCode.key(7, 6, 61, 8, 3, 254);
        assertEquals(7, ObisCode.a(key));
        assertEquals(6, ObisCode.b(key));
        assertEquals(61, ObisCode.c(key));
        assertEquals(8, ObisCode.d(key));
        assertEquals(3, ObisCode.e(key));
        assertEquals(254, ObisCode.f(key));
        assertEquals(21, ObisCode.c(ObisCode.key(21, 4)));
        assertEquals(4, ObisCode.d(ObisCode.key(21, 4)));
    }

    @Test
    void roundTripsAllGroupValues() {
        for (int v = 0; v <= 255; v++) {
            long key = ObisCode.key(v, 255 - v, v, v, 255 - v, v);
            assertEquals(key, ObisCode.parse(ObisCode.toString(key)));
            assertTrue(ObisCode.isValid(key));
        }
        assertEquals(0xFFFF_FFFF_FFFFL, ObisCode.parse("255-255:255.255.255*255"));
        assertEquals(0, ObisCode.parse(" 0-0:0.0.0*0 "));
    }

    @Test
    void rejectsGroupsOutsideOneByte() {
        assertThrows(IllegalArgumentException.class, () -> ObisCode.key(256, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> ObisCode.key(1, -1, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> ObisCode.key(1, 0, 0, 0, 0, 256));
        assertThrows(IllegalArgumentException.class, () -> ObisCode.key(-1, 4));
        assertThrows(IllegalArgumentException.class, () -> ObisCode.key(1, 300));
    }

    @Test
    void rejectsMalformedText() {
        for (String text : new String[] { "", "1-0:1.4.0", "1-0:1.4.0*256", "1-0:1.4.0*0255", "1.0:1.4.0*255",
                "1-0:1.4.0*255x", "1-0:1..0*255", "a-0:1.4.0*255", "-1-0:1.4.0*255", "1-0:1.4.0*+25",
                "1-0:1:4.0*255" }) {
            assertThrows(IllegalArgumentException.class, () -> ObisCode.parse(text), text);
        }
    }

    @Test
    void rendersKeysBeyond48BitsAsHex() {
        assertFalse(ObisCode.isValid(-1L));
        assertEquals("0xffffffffffffffff", ObisCode.toString(-1L));
        assertEquals("0x10100010400ff", ObisCode.toString(1L << 48 | ObisCode.key(1, 4)));
    }
}
