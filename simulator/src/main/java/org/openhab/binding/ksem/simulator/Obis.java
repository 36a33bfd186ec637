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

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OBIS codes packed the way the KSEM puts them into {@code GDR.values}: one byte each for A, B, C, D, E and F,
 * most significant first (api §3.3).
 */
public final class Obis {

    /** Live (mean) values. */
    public static final int MODE_MEAN = 4;
    /** Energy counters. */
    public static final int MODE_INTEGRAL = 8;

    /** Indicators (C) of the totals; a phase adds {@link #PHASE_STEP} per phase. */
    public static final int ACTIVE_IMPORT = 1;
    public static final int ACTIVE_EXPORT = 2;
    public static final int REACTIVE_IMPORT = 3;
    public static final int REACTIVE_EXPORT = 4;
    public static final int APPARENT_IMPORT = 9;
    public static final int APPARENT_EXPORT = 10;
    public static final int CURRENT = 11;
    public static final int VOLTAGE = 12;
    public static final int POWER_FACTOR = 13;
    public static final int FREQUENCY = 14;
    public static final int PHASE_STEP = 20;

    /** Energy-flow counters (vendor-specific indicators, api §3.5). */
    public static final int PV_ENERGY = 65;
    public static final int BATTERY_CHARGE_ENERGY = 67;
    public static final int BATTERY_DISCHARGE_ENERGY = 68;
    public static final int WALLBOX_ENERGY = 74;

    /** The directed quantities that exist as total and per phase, as power and as energy. */
    static final List<Integer> DIRECTED_INDICATORS = List.of(ACTIVE_IMPORT, ACTIVE_EXPORT, REACTIVE_IMPORT,
            REACTIVE_EXPORT, APPARENT_IMPORT, APPARENT_EXPORT);

    private static final Pattern TEXT = Pattern
            .compile("(\\d{1,3})-(\\d{1,3}):(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:\\*(\\d{1,3}))?");

    private Obis() {
    }

    public static long code(int a, int b, int c, int d, int e, int f) {
        return (long) byteOf(a) << 40 | (long) byteOf(b) << 32 | (long) byteOf(c) << 24 | (long) byteOf(d) << 16
                | (long) byteOf(e) << 8 | byteOf(f);
    }

    /** {@code 1-0:C.D.0*255}, the form of every code the KSEM sends. */
    public static long of(int indicator, int mode) {
        return code(1, 0, indicator, mode, 0, 255);
    }

    /** The live value of a quantity on phase 1..3 (0 = total). */
    public static long phase(int totalIndicator, int phase, int mode) {
        return of(totalIndicator + PHASE_STEP * phase, mode);
    }

    public static int indicator(long code) {
        return (int) (code >>> 24 & 0xFF);
    }

    public static int mode(long code) {
        return (int) (code >>> 16 & 0xFF);
    }

    /** Parses {@code A-B:C.D.E*F} (F defaults to 255). */
    public static long parse(String text) {
        Matcher m = TEXT.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not an OBIS code: " + text);
        }
        int f = m.group(6) == null ? 255 : Integer.parseInt(m.group(6));
        return code(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), f);
    }

    public static String format(long code) {
        return String.format("%d-%d:%d.%d.%d*%d", code >>> 40 & 0xFF, code >>> 32 & 0xFF, code >>> 24 & 0xFF,
                code >>> 16 & 0xFF, code >>> 8 & 0xFF, code & 0xFF);
    }

    private static int byteOf(int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("OBIS group out of range: " + value);
        }
        return value;
    }
}
