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

import java.util.Arrays;
import java.util.Random;

/** A broken frame the simulator can send instead of the next real one. */
enum FrameFault {

    /** Random bytes that never parse: the first byte is a tag with the invalid wire type 7. */
    GARBAGE {
        @Override
        byte[] apply(byte[] frame, Random random) {
            byte[] garbage = new byte[Math.max(16, frame.length / 4)];
            random.nextBytes(garbage);
            garbage[0] = (byte) (garbage[0] & 0x78 | 0x07);
            return garbage;
        }
    },

    /** The first half of the real frame: the outer map entry ends before its declared length. */
    TRUNCATED {
        @Override
        byte[] apply(byte[] frame, Random random) {
            return Arrays.copyOf(frame, frame.length / 2);
        }
    },

    /** The real frame, padded to 1 MiB: bounded clients must refuse it. */
    OVERSIZED {
        @Override
        byte[] apply(byte[] frame, Random random) {
            return Arrays.copyOf(frame, 1 << 20);
        }
    };

    abstract byte[] apply(byte[] frame, Random random);
}
