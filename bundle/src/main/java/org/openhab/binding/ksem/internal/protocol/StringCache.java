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

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A small, fixed-size cache from UTF-8 bytes to the String decoded from them, so that the same record and flex keys
 * arriving every second do not allocate a new String each frame.
 * <p>
 * The table has a fixed number of slots and is never resized: a lookup probes a few neighbouring slots and, when all
 * are taken by other strings, replaces one of them. Hostile input can therefore only churn the cache, never grow it.
 * Long strings are not cached at all, so the cache holds at most {@code capacity * maxCachedBytes} bytes.
 * Invalid UTF-8 is decoded with replacement characters (as {@link String#String(byte[], int, int,
 * java.nio.charset.Charset)} does). Not thread-safe.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
final class StringCache {

    @SuppressWarnings("null") // a JDK constant, never null
    private static final Charset UTF_8 = StandardCharsets.UTF_8;
    private static final byte[] FREE = new byte[0];
    private static final int PROBES = 4;

    private final byte[][] keys;
    private final @Nullable String[] strings;
    private final int mask;
    private final int maxCachedBytes;
    private int size;
    /** Rotates which probed slot gets replaced, so two colliding keys do not always evict the same third one. */
    private int nextVictim;

    /**
     * @param capacity number of slots, a power of two
     * @param maxCachedBytes longer strings are decoded every time instead of being cached
     */
    StringCache(int capacity, int maxCachedBytes) {
        if (capacity < PROBES || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two >= " + PROBES);
        }
        this.keys = new byte[capacity][];
        this.strings = new @Nullable String[capacity];
        Arrays.fill(keys, FREE);
        this.mask = capacity - 1;
        this.maxCachedBytes = maxCachedBytes;
    }

    /** @return the string for {@code buffer[offset, offset + length)}, decoded as UTF-8 */
    String get(byte[] buffer, int offset, int length) {
        if (length == 0) {
            return "";
        }
        if (length > maxCachedBytes) {
            return new String(buffer, offset, length, UTF_8);
        }
        int hash = hash(buffer, offset, length);
        for (int probe = 0; probe < PROBES; probe++) {
            int slot = (hash + probe) & mask;
            byte[] key = keys[slot];
            if (key == FREE) {
                size++;
                return store(slot, buffer, offset, length);
            }
            String cached = strings[slot];
            if (cached != null && Arrays.equals(key, 0, key.length, buffer, offset, offset + length)) {
                return cached;
            }
        }
        int slot = (hash + (nextVictim++ & (PROBES - 1))) & mask;
        return store(slot, buffer, offset, length);
    }

    /** @return number of cached strings (never more than the capacity) */
    int size() {
        return size;
    }

    /** @return the fixed number of slots */
    int capacity() {
        return keys.length;
    }

    private String store(int slot, byte[] buffer, int offset, int length) {
        String decoded = new String(buffer, offset, length, UTF_8);
        keys[slot] = Arrays.copyOfRange(buffer, offset, offset + length);
        strings[slot] = decoded;
        return decoded;
    }

    private static int hash(byte[] buffer, int offset, int length) {
        int hash = 1;
        for (int i = offset, end = offset + length; i < end; i++) {
            hash = 31 * hash + buffer[i];
        }
        // spread the high bits into the few low bits used as slot index
        return hash ^ (hash >>> 16) ^ (hash >>> 8);
    }
}
