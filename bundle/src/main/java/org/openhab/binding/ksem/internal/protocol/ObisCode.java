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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * OBIS codes {@code A-B:C.D.E*F} packed into the low 48 bits of a GDR value key, one byte per group, A most
 * significant (api §3.3): {@code 1-0:1.4.0*255} is {@code 0x0100010400FF}.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ObisCode {

    private static final long GROUP_MASK = 0xFF;
    private static final long KEY_MASK = 0xFFFF_FFFF_FFFFL;

    private ObisCode() {
    }

    /**
     * @return the key of {@code a-b:c.d.e*f}
     * @throws IllegalArgumentException if a group is outside 0..255
     */
    public static long key(int a, int b, int c, int d, int e, int f) {
        return (long) group(a, "A") << 40 | (long) group(b, "B") << 32 | (long) group(c, "C") << 24
                | (long) group(d, "D") << 16 | (long) group(e, "E") << 8 | group(f, "F");
    }

    /**
     * @return the key of {@code 1-0:c.d.0*255}, the form of all KSEM electricity codes (api §3.3)
     * @throws IllegalArgumentException if a group is outside 0..255
     */
    public static long key(int c, int d) {
        return key(1, 0, c, d, 0, 255);
    }

    /** @return group A (medium; 1 = electricity) */
    public static int a(long key) {
        return group(key, 40);
    }

    /** @return group B (channel) */
    public static int b(long key) {
        return group(key, 32);
    }

    /** @return group C (indicator, e.g. 1 = active power +, 21 = the same for L1) */
    public static int c(long key) {
        return group(key, 24);
    }

    /** @return group D (mode, e.g. 4 = mean value, 8 = integral/energy) */
    public static int d(long key) {
        return group(key, 16);
    }

    /** @return group E */
    public static int e(long key) {
        return group(key, 8);
    }

    /** @return group F */
    public static int f(long key) {
        return group(key, 0);
    }

    /** @return whether the key uses only the low 48 bits, i.e. is a packed OBIS code */
    public static boolean isValid(long key) {
        return (key & ~KEY_MASK) == 0;
    }

    /**
     * @return {@code "A-B:C.D.E*F"}, e.g. {@code "1-0:1.4.0*255"}; a key with bits above the 48 OBIS bits (only from a
     *         faulty device) is rendered as hexadecimal {@code "0x…"} instead of throwing, since this is used in logs
     */
    public static String toString(long key) {
        if (!isValid(key)) {
            return "0x" + Long.toHexString(key);
        }
        return new StringBuilder(16).append(a(key)).append('-').append(b(key)).append(':').append(c(key)).append('.')
                .append(d(key)).append('.').append(e(key)).append('*').append(f(key)).toString();
    }

    /**
     * Parses {@code "A-B:C.D.E*F"} with decimal groups 0..255 (surrounding whitespace ignored).
     *
     * @throws IllegalArgumentException if the text is not of that form
     */
    public static long parse(String text) {
        String code = text.trim();
        char[] separators = { '-', ':', '.', '.', '*' };
        long key = 0;
        int position = 0;
        for (int group = 0; group < 6; group++) {
            int start = position;
            int value = 0;
            while (position < code.length() && position - start < 3 && isDigit(code.charAt(position))) {
                value = value * 10 + code.charAt(position) - '0';
                position++;
            }
            if (position == start || value > 255) {
                throw invalid(text);
            }
            key = key << 8 | value;
            if (group < 5) {
                if (position >= code.length() || code.charAt(position) != separators[group]) {
                    throw invalid(text);
                }
                position++;
            }
        }
        if (position != code.length()) {
            throw invalid(text);
        }
        return key;
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("Not an OBIS code A-B:C.D.E*F with groups 0..255: '" + text + "'");
    }

    private static int group(int value, String name) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("OBIS group " + name + " must be 0..255, was " + value);
        }
        return value;
    }

    private static int group(long key, int shift) {
        return (int) (key >>> shift & GROUP_MASK);
    }
}
