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

import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A minimal reader of the protobuf wire format over a byte array region.
 * <p>
 * It is one mutable, reusable cursor per decoder rather than one object per nested message: nested messages are
 * entered with {@link #enterMessage()} and left with {@link #exitMessage(int)}, which only move an {@code int} limit
 * (like protobuf-java's push/pop limit). That keeps the hot path free of allocation and makes every bounds check one
 * comparison against the innermost message end, so no field can extend past the end of its enclosing message.
 * <p>
 * Reading a tag consumes at least one byte or throws, so a loop of {@code while (hasRemaining()) readTag() ...} always
 * terminates. Not thread-safe.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ProtobufReader {

    public static final int WIRE_VARINT = 0;
    public static final int WIRE_FIXED64 = 1;
    public static final int WIRE_LENGTH_DELIMITED = 2;
    public static final int WIRE_FIXED32 = 5;

    private static final byte[] NO_BYTES = new byte[0];
    private static final int MAX_VARINT_BYTES = 10;
    /** Bit set of the wire types 0, 1, 2 and 5. */
    private static final int VALID_WIRE_TYPES = 1 << WIRE_VARINT | 1 << WIRE_FIXED64 | 1 << WIRE_LENGTH_DELIMITED
            | 1 << WIRE_FIXED32;

    private byte[] buffer = NO_BYTES;
    /** Start of the frame in {@link #buffer}; offsets in exception messages are relative to it. */
    private int start;
    private int position;
    /** End (exclusive) of the innermost message being read. */
    private int limit;

    /** Creates a reader over an empty region; call {@link #reset(byte[], int, int)} before use. */
    public ProtobufReader() {
    }

    public ProtobufReader(byte[] buffer, int offset, int length) {
        reset(buffer, offset, length);
    }

    /**
     * Points the reader at a new region.
     *
     * @throws IndexOutOfBoundsException if the region is not inside the array (a caller bug, not a malformed frame)
     */
    public void reset(byte[] buffer, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        this.buffer = buffer;
        this.start = offset;
        this.position = offset;
        this.limit = offset + length;
    }

    /** Forgets the current array, so that the reader does not keep a large frame alive. */
    public void release() {
        reset(NO_BYTES, 0, 0);
    }

    /** @return whether the innermost message has unread bytes */
    public boolean hasRemaining() {
        return position < limit;
    }

    /** @return unread bytes of the innermost message */
    public int remaining() {
        return limit - position;
    }

    /** @return the read position relative to the start of the frame */
    public int offset() {
        return position - start;
    }

    /** @return the read position as an index into {@link #buffer()} */
    public int position() {
        return position;
    }

    /** @return the underlying array (not a copy; read only between {@link #position()} and the message end) */
    public byte[] buffer() {
        return buffer;
    }

    /** @return field number of a tag returned by {@link #readTag()} */
    public static int fieldNumber(int tag) {
        return tag >>> 3;
    }

    /** @return wire type of a tag returned by {@link #readTag()} */
    public static int wireType(int tag) {
        return tag & 7;
    }

    /** @return the tag that a field with this number and wire type starts with */
    public static int tag(int fieldNumber, int wireType) {
        return (fieldNumber << 3) | wireType;
    }

    /**
     * Reads a field tag and checks it: a field number 1..2^29-1 and a wire type this reader can skip (groups, wire
     * types 3 and 4, are deprecated and never used by the schemas read here; 6 and 7 do not exist).
     */
    public int readTag() throws MalformedFrameException {
        // fast path: field numbers 1..15 with a valid wire type are one byte
        int p = position;
        if (p < limit) {
            int first = buffer[p];
            if (first >= 8 && (VALID_WIRE_TYPES & (1 << (first & 7))) != 0) {
                position = p + 1;
                return first;
            }
        }
        int tagOffset = offset();
        long tag = readVarint();
        if ((tag >>> 32) != 0) {
            throw new MalformedFrameException("Field tag out of range", tagOffset);
        }
        int wireType = (int) tag & 7;
        if ((VALID_WIRE_TYPES & (1 << wireType)) == 0) {
            throw new MalformedFrameException("Unsupported wire type " + wireType, tagOffset);
        }
        if ((tag >>> 3) == 0) {
            throw new MalformedFrameException("Field number 0", tagOffset);
        }
        return (int) tag;
    }

    /**
     * Reads a base-128 varint of at most 10 bytes as the raw 64 bits (uint64 values come back as negative longs when
     * they are 2^63 or more; int64 negatives are 10-byte varints). Redundant zero groups inside the 10 bytes are
     * accepted like protobuf-java does; more than 10 bytes or bits beyond 64 are rejected.
     */
    public long readVarint() throws MalformedFrameException {
        int p = position;
        byte[] bytes = buffer;
        if (bytes.length - p >= MAX_VARINT_BYTES) {
            // fast path: the longest varint fits in the array, so read without per-byte checks and check the end of
            // the message once afterwards (reading past it inside the array is harmless, the result is discarded)
            long result = bytes[p++];
            if (result >= 0) {
                return endVarint(p, result);
            }
            result &= 0x7F;
            for (int shift = 7; shift < 63; shift += 7) {
                int b = bytes[p++];
                result |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return endVarint(p, result);
                }
            }
            int last = bytes[p++];
            if ((last & 0xFE) != 0 && p <= limit) {
                throw tenthByteProblem(last);
            }
            return endVarint(p, result | (long) last << 63);
        }
        return readVarintNearArrayEnd();
    }

    private long endVarint(int end, long value) throws MalformedFrameException {
        if (end > limit) {
            throw new MalformedFrameException("Truncated varint", position - start);
        }
        position = end;
        return value;
    }

    /** The careful loop for a varint that may run into the end of the array. */
    private long readVarintNearArrayEnd() throws MalformedFrameException {
        int p = position;
        long result = 0;
        for (int i = 0; i < MAX_VARINT_BYTES; i++) {
            if (p >= limit) {
                throw new MalformedFrameException("Truncated varint", position - start);
            }
            int b = buffer[p++];
            if (i == MAX_VARINT_BYTES - 1 && (b & 0xFE) != 0) {
                throw tenthByteProblem(b);
            }
            result |= (long) (b & 0x7F) << (7 * i);
            if (b >= 0) {
                position = p;
                return result;
            }
        }
        // unreachable: the 10th byte either ends the varint or throws above
        throw new MalformedFrameException("Varint longer than 10 bytes", position - start);
    }

    /** The 10th byte of a varint may only hold bit 63 of the value. */
    private MalformedFrameException tenthByteProblem(int tenthByte) {
        return new MalformedFrameException(
                (tenthByte & 0x80) != 0 ? "Varint longer than 10 bytes" : "Varint exceeds 64 bits", position - start);
    }

    /** Reads a little-endian fixed32 field value. */
    public int readFixed32() throws MalformedFrameException {
        require(4, "Truncated fixed32");
        int p = position;
        position = p + 4;
        return (buffer[p] & 0xFF) | (buffer[p + 1] & 0xFF) << 8 | (buffer[p + 2] & 0xFF) << 16
                | (buffer[p + 3] & 0xFF) << 24;
    }

    /** Reads a little-endian fixed64 field value. */
    public long readFixed64() throws MalformedFrameException {
        require(8, "Truncated fixed64");
        int p = position;
        position = p + 8;
        long low = (buffer[p] & 0xFFL) | (buffer[p + 1] & 0xFFL) << 8 | (buffer[p + 2] & 0xFFL) << 16
                | (buffer[p + 3] & 0xFFL) << 24;
        long high = (buffer[p + 4] & 0xFFL) | (buffer[p + 5] & 0xFFL) << 8 | (buffer[p + 6] & 0xFFL) << 16
                | (buffer[p + 7] & 0xFFL) << 24;
        return low | high << 32;
    }

    /**
     * Reads the length prefix of a length-delimited field and checks that the content fits in the enclosing message.
     * The content starts at {@link #position()}; consume it with {@link #skipBytes(int)} or
     * {@link #enterMessage()}-style reads.
     */
    public int readLength() throws MalformedFrameException {
        int lengthOffset = offset();
        long length = readVarint();
        if (length < 0 || length > remaining()) {
            throw new MalformedFrameException("Length " + Long.toUnsignedString(length)
                    + " exceeds the enclosing message (" + remaining() + " bytes left)", lengthOffset);
        }
        return (int) length;
    }

    /**
     * Reads the length prefix of an embedded message and limits all reads to its content.
     *
     * @return the enclosing limit, to be handed to {@link #exitMessage(int)}
     */
    public int enterMessage() throws MalformedFrameException {
        int length = readLength();
        int enclosingLimit = limit;
        limit = position + length;
        return enclosingLimit;
    }

    /** Skips what is left of the embedded message and restores the enclosing limit. */
    public void exitMessage(int enclosingLimit) {
        position = limit;
        limit = enclosingLimit;
    }

    /** Skips bytes of the innermost message. */
    public void skipBytes(int count) throws MalformedFrameException {
        if (count < 0) {
            throw new MalformedFrameException("Negative skip", offset());
        }
        require(count, "Truncated field");
        position += count;
    }

    /** Skips the value of a field whose tag was just read (used for unknown fields). */
    public void skipField(int tag) throws MalformedFrameException {
        switch (wireType(tag)) {
            case WIRE_VARINT:
                readVarint();
                break;
            case WIRE_FIXED64:
                skipBytes(8);
                break;
            case WIRE_LENGTH_DELIMITED:
                skipBytes(readLength());
                break;
            case WIRE_FIXED32:
                skipBytes(4);
                break;
            default:
                throw new MalformedFrameException("Unsupported wire type " + wireType(tag), offset());
        }
    }

    private void require(int count, String problem) throws MalformedFrameException {
        if (count > limit - position) {
            throw new MalformedFrameException(problem, offset());
        }
    }
}
