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

import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The content of one GDRs frame held in reusable primitive arrays, so that {@link GdrDecoder} can decode a whole
 * frame first and hand it to a {@link GdrVisitor} only when the frame was valid. The arrays grow on demand up to
 * fixed maxima and are kept for the next frame, so a steady stream of frames allocates nothing here. Not thread-safe.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
final class DecodedFrame {

    /** Far above real frames (one record with ~70 values on the meter stream) but bounded against hostile input. */
    static final int MAX_RECORDS = 1024;
    static final int MAX_VALUES = 16_384;
    static final int MAX_FLEX_VALUES = 4096;

    private @Nullable String configUuid;

    private int recordCount;
    private @Nullable String[] recordKeys = new @Nullable String[4];
    private int[] statuses = new int[4];
    private boolean[] hasTimestamp = new boolean[4];
    private long[] seconds = new long[4];
    private int[] nanos = new int[4];
    /** End (exclusive) of each record's values; a record's values start where the previous record's end. */
    private int[] valuesEnd = new int[4];
    private int[] flexEnd = new int[4];

    private int valueCount;
    private long[] obisKeys = new long[128];
    private long[] values = new long[128];

    private int flexCount;
    private @Nullable String[] flexKeys = new @Nullable String[32];
    private long[] flexInts = new long[32];
    /** The string_value of a flex value, null when the FlexValue has none. */
    private @Nullable String[] flexStrings = new @Nullable String[32];

    void clear() {
        // drop references so a large string from a hostile frame is not kept alive until the next frame
        Arrays.fill(flexStrings, 0, flexCount, null);
        configUuid = null;
        recordCount = 0;
        valueCount = 0;
        flexCount = 0;
    }

    int recordCount() {
        return recordCount;
    }

    void setConfigUuid(String uuid) {
        configUuid = uuid;
    }

    /** Starts a record with proto3 defaults; its key is set by {@link #endRecord(String)}. */
    void beginRecord(int offset) throws MalformedFrameException {
        if (recordCount == recordKeys.length) {
            growRecords(offset);
        }
        int r = recordCount;
        statuses[r] = 0;
        hasTimestamp[r] = false;
        seconds[r] = 0;
        nanos[r] = 0;
    }

    void setStatus(int status) {
        statuses[recordCount] = status;
    }

    void markTimestamp() {
        hasTimestamp[recordCount] = true;
    }

    void setSeconds(long epochSeconds) {
        seconds[recordCount] = epochSeconds;
    }

    void setNanos(int nanoseconds) {
        nanos[recordCount] = nanoseconds;
    }

    void addValue(long obisKey, long value, int offset) throws MalformedFrameException {
        if (valueCount == obisKeys.length) {
            growValues(offset);
        }
        obisKeys[valueCount] = obisKey;
        values[valueCount] = value;
        valueCount++;
    }

    void addFlex(String key, long intValue, @Nullable String stringValue, int offset) throws MalformedFrameException {
        if (flexCount == flexInts.length) {
            growFlex(offset);
        }
        flexKeys[flexCount] = key;
        flexInts[flexCount] = intValue;
        flexStrings[flexCount] = stringValue;
        flexCount++;
    }

    /** Completes the record started by {@link #beginRecord(int)}. */
    void endRecord(String key) {
        int r = recordCount;
        recordKeys[r] = key;
        valuesEnd[r] = valueCount;
        flexEnd[r] = flexCount;
        recordCount = r + 1;
    }

    /** Passes the frame to the visitor in the order documented on {@link GdrVisitor}. */
    void replay(GdrVisitor visitor) {
        String uuid = configUuid;
        if (uuid != null) {
            visitor.configUuid(uuid);
        }
        int value = 0;
        int flex = 0;
        for (int r = 0; r < recordCount; r++) {
            visitor.beginRecord(nonNull(recordKeys[r]));
            visitor.status(statuses[r]);
            if (hasTimestamp[r]) {
                visitor.timestamp(seconds[r], nanos[r]);
            }
            for (int end = valuesEnd[r]; value < end; value++) {
                visitor.value(obisKeys[value], values[value]);
            }
            for (int end = flexEnd[r]; flex < end; flex++) {
                String key = nonNull(flexKeys[flex]);
                String string = flexStrings[flex];
                if (string == null) {
                    visitor.flexInt(key, flexInts[flex]);
                } else {
                    visitor.flexString(key, string);
                }
            }
            visitor.endRecord();
        }
    }

    private static String nonNull(@Nullable String string) {
        return string == null ? "" : string;
    }

    private void growRecords(int offset) throws MalformedFrameException {
        int capacity = grownCapacity(recordKeys.length, MAX_RECORDS, "records", offset);
        recordKeys = grow(recordKeys, capacity);
        statuses = grow(statuses, capacity);
        hasTimestamp = grow(hasTimestamp, capacity);
        seconds = grow(seconds, capacity);
        nanos = grow(nanos, capacity);
        valuesEnd = grow(valuesEnd, capacity);
        flexEnd = grow(flexEnd, capacity);
    }

    private void growValues(int offset) throws MalformedFrameException {
        int capacity = grownCapacity(obisKeys.length, MAX_VALUES, "values", offset);
        obisKeys = grow(obisKeys, capacity);
        values = grow(values, capacity);
    }

    private void growFlex(int offset) throws MalformedFrameException {
        int capacity = grownCapacity(flexInts.length, MAX_FLEX_VALUES, "flex values", offset);
        flexKeys = grow(flexKeys, capacity);
        flexInts = grow(flexInts, capacity);
        flexStrings = grow(flexStrings, capacity);
    }

    private static int grownCapacity(int current, int max, String what, int offset) throws MalformedFrameException {
        if (current >= max) {
            throw new MalformedFrameException("More than " + max + " " + what + " in one frame", offset);
        }
        return Math.min(max, current * 2);
    }

    // own copies instead of Arrays.copyOf: a fresh array is known non-null to the null analysis

    private static long[] grow(long[] array, int capacity) {
        long[] grown = new long[capacity];
        System.arraycopy(array, 0, grown, 0, array.length);
        return grown;
    }

    private static int[] grow(int[] array, int capacity) {
        int[] grown = new int[capacity];
        System.arraycopy(array, 0, grown, 0, array.length);
        return grown;
    }

    private static boolean[] grow(boolean[] array, int capacity) {
        boolean[] grown = new boolean[capacity];
        System.arraycopy(array, 0, grown, 0, array.length);
        return grown;
    }

    private static @Nullable String[] grow(@Nullable String[] array, int capacity) {
        @Nullable
        String[] grown = new @Nullable String[capacity];
        System.arraycopy(array, 0, grown, 0, array.length);
        return grown;
    }
}
