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

import static org.openhab.binding.ksem.internal.protocol.ProtobufReader.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Decodes GDRs frames (api §3.2) of the KSEM's data-transfer WebSocket and passes their content to a
 * {@link GdrVisitor}.
 * <p>
 * Each frame is decoded completely into reusable arrays first and handed to the visitor only when it was valid: on
 * {@link MalformedFrameException} the visitor has not been called at all, so callers never see part of a broken
 * frame. After warm-up a frame costs no allocation beyond strings not seen before (see {@link StringCache}).
 * <p>
 * Schema handling follows protobuf-java: fields and map entries may come in any order; a field whose number or wire
 * type is not the expected one is skipped as unknown; a missing field has its proto3 default; a repeated scalar field
 * keeps the last value and a repeated embedded message is merged. Strings are UTF-8, invalid sequences become U+FFFD.
 * <p>
 * Not thread-safe: use one decoder per stream (it holds the reader, the arrays and the string cache).
 * <p>
 * Bounds: frames above the configured maximum size are rejected unread; every length must fit in its enclosing
 * message; a frame may hold at most {@value DecodedFrame#MAX_RECORDS} records, {@value DecodedFrame#MAX_VALUES}
 * values and {@value DecodedFrame#MAX_FLEX_VALUES} flex values. Every loop consumes input, so decoding always ends.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class GdrDecoder {

    public static final int DEFAULT_MAX_FRAME_BYTES = 1 << 20;
    static final int STRING_CACHE_SLOTS = 256;
    static final int MAX_CACHED_STRING_BYTES = 128;

    // GDRs
    private static final int TAG_GDRS_ENTRY = tag(1, WIRE_LENGTH_DELIMITED);
    private static final int TAG_CONFIG_UUID = tag(2, WIRE_LENGTH_DELIMITED);
    // map entries (all maps): key = 1, value = 2
    private static final int TAG_ENTRY_STRING_KEY = tag(1, WIRE_LENGTH_DELIMITED);
    private static final int TAG_ENTRY_MESSAGE_VALUE = tag(2, WIRE_LENGTH_DELIMITED);
    private static final int TAG_ENTRY_VARINT_KEY = tag(1, WIRE_VARINT);
    private static final int TAG_ENTRY_VARINT_VALUE = tag(2, WIRE_VARINT);
    // GDR
    private static final int TAG_STATUS = tag(2, WIRE_VARINT);
    private static final int TAG_TIMESTAMP = tag(3, WIRE_LENGTH_DELIMITED);
    private static final int TAG_VALUES_ENTRY = tag(4, WIRE_LENGTH_DELIMITED);
    private static final int TAG_FLEX_ENTRY = tag(5, WIRE_LENGTH_DELIMITED);
    // google.protobuf.Timestamp
    private static final int TAG_SECONDS = tag(1, WIRE_VARINT);
    private static final int TAG_NANOS = tag(2, WIRE_VARINT);
    // FlexValue
    private static final int TAG_INT_VALUE = tag(1, WIRE_VARINT);
    private static final int TAG_STRING_VALUE = tag(2, WIRE_LENGTH_DELIMITED);

    private final int maxFrameBytes;
    private final ProtobufReader reader = new ProtobufReader();
    private final DecodedFrame frame = new DecodedFrame();
    private final StringCache strings = new StringCache(STRING_CACHE_SLOTS, MAX_CACHED_STRING_BYTES);

    // the FlexValue being decoded; fields instead of a result object to keep the hot path allocation-free
    private long flexInt;
    private @Nullable String flexString;

    /** Creates a decoder that accepts frames up to {@link #DEFAULT_MAX_FRAME_BYTES}. */
    public GdrDecoder() {
        this(DEFAULT_MAX_FRAME_BYTES);
    }

    /** @param maxFrameBytes larger frames are rejected before decoding */
    public GdrDecoder(int maxFrameBytes) {
        if (maxFrameBytes <= 0) {
            throw new IllegalArgumentException("maxFrameBytes must be positive");
        }
        this.maxFrameBytes = maxFrameBytes;
    }

    /** Decodes a whole array as one frame; see {@link #decode(byte[], int, int, GdrVisitor)}. */
    public int decode(byte[] frameBytes, GdrVisitor visitor) throws MalformedFrameException {
        return decode(frameBytes, 0, frameBytes.length, visitor);
    }

    /**
     * Decodes one GDRs frame and, only if it is valid, passes its content to the visitor.
     *
     * Exceptions thrown by the visitor propagate; the visitor must not call this decoder (it is not reentrant).
     *
     * @return number of records passed to the visitor
     * @throws MalformedFrameException if the frame is malformed or too large; the visitor was not called
     * @throws IndexOutOfBoundsException if the region is not inside the array
     */
    public int decode(byte[] buffer, int offset, int length, GdrVisitor visitor) throws MalformedFrameException {
        if (length > maxFrameBytes) {
            throw new MalformedFrameException(
                    "Frame of " + length + " bytes exceeds the maximum of " + maxFrameBytes + " bytes", 0);
        }
        reader.reset(buffer, offset, length);
        frame.clear();
        try {
            readFrame();
        } finally {
            reader.release();
        }
        frame.replay(visitor);
        return frame.recordCount();
    }

    /** @return number of strings in the cache (bounded by its fixed capacity; for tests) */
    int cachedStrings() {
        return strings.size();
    }

    private void readFrame() throws MalformedFrameException {
        while (reader.hasRemaining()) {
            int tag = reader.readTag();
            if (tag == TAG_GDRS_ENTRY) {
                readRecordEntry();
            } else if (tag == TAG_CONFIG_UUID) {
                frame.setConfigUuid(readString());
            } else {
                reader.skipField(tag);
            }
        }
    }

    /** One entry of map&lt;string, GDR&gt;; the key may come after the value, so it is assigned at the end. */
    private void readRecordEntry() throws MalformedFrameException {
        int enclosingLimit = reader.enterMessage();
        frame.beginRecord(reader.offset());
        String key = "";
        while (reader.hasRemaining()) {
            int tag = reader.readTag();
            if (tag == TAG_ENTRY_STRING_KEY) {
                key = readString();
            } else if (tag == TAG_ENTRY_MESSAGE_VALUE) {
                readGdr();
            } else {
                reader.skipField(tag);
            }
        }
        reader.exitMessage(enclosingLimit);
        frame.endRecord(key);
    }

    private void readGdr() throws MalformedFrameException {
        int enclosingLimit = reader.enterMessage();
        while (reader.hasRemaining()) {
            int tag = reader.readTag();
            if (tag == TAG_VALUES_ENTRY) {
                readValueEntry();
            } else if (tag == TAG_FLEX_ENTRY) {
                readFlexEntry();
            } else if (tag == TAG_STATUS) {
                frame.setStatus((int) reader.readVarint()); // enum: int32 on the wire
            } else if (tag == TAG_TIMESTAMP) {
                readTimestamp();
            } else {
                reader.skipField(tag); // including GDR.id, which repeats the map key
            }
        }
        reader.exitMessage(enclosingLimit);
    }

    private void readTimestamp() throws MalformedFrameException {
        int enclosingLimit = reader.enterMessage();
        frame.markTimestamp();
        while (reader.hasRemaining()) {
            int tag = reader.readTag();
            if (tag == TAG_SECONDS) {
                frame.setSeconds(reader.readVarint());
            } else if (tag == TAG_NANOS) {
                frame.setNanos((int) reader.readVarint());
            } else {
                reader.skipField(tag);
            }
        }
        reader.exitMessage(enclosingLimit);
    }

    /** One entry of map&lt;uint64, uint64&gt;; both default to 0 (a zero value may be left out, api §3.2). */
    private void readValueEntry() throws MalformedFrameException {
        int entryOffset = reader.offset();
        int enclosingLimit = reader.enterMessage();
        long obisKey = 0;
        long value = 0;
        while (reader.hasRemaining()) {
            int tag = reader.readTag();
            if (tag == TAG_ENTRY_VARINT_KEY) {
                obisKey = reader.readVarint();
            } else if (tag == TAG_ENTRY_VARINT_VALUE) {
                value = reader.readVarint();
            } else {
                reader.skipField(tag);
            }
        }
        reader.exitMessage(enclosingLimit);
        frame.addValue(obisKey, value, entryOffset);
    }

    /** One entry of map&lt;string, FlexValue&gt;. */
    private void readFlexEntry() throws MalformedFrameException {
        int entryOffset = reader.offset();
        int enclosingLimit = reader.enterMessage();
        String key = "";
        flexInt = 0;
        flexString = null;
        while (reader.hasRemaining()) {
            int tag = reader.readTag();
            if (tag == TAG_ENTRY_STRING_KEY) {
                key = readString();
            } else if (tag == TAG_ENTRY_MESSAGE_VALUE) {
                readFlexValue();
            } else {
                reader.skipField(tag);
            }
        }
        reader.exitMessage(enclosingLimit);
        frame.addFlex(key, flexInt, flexString, entryOffset);
    }

    /**
     * A flex value is either an integer or a string (its FlexDefinition.type, api §3.2): a FlexValue with a
     * string_value is a string, whatever the order of its fields; otherwise it is int_value (0 when missing).
     */
    private void readFlexValue() throws MalformedFrameException {
        int enclosingLimit = reader.enterMessage();
        while (reader.hasRemaining()) {
            int tag = reader.readTag();
            if (tag == TAG_INT_VALUE) {
                flexInt = reader.readVarint(); // int64: negatives are 10-byte two's complement varints
            } else if (tag == TAG_STRING_VALUE) {
                flexString = readString();
            } else {
                reader.skipField(tag);
            }
        }
        reader.exitMessage(enclosingLimit);
    }

    private String readString() throws MalformedFrameException {
        int length = reader.readLength();
        int start = reader.position();
        reader.skipBytes(length);
        return strings.get(reader.buffer(), start, length);
    }
}
