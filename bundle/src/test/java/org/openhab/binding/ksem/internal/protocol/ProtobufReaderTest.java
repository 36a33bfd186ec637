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
 * Tests {@link ProtobufReader}.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class ProtobufReaderTest {

    private static ProtobufReader reader(int... bytes) {
        byte[] array = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            array[i] = (byte) bytes[i];
        }
        return new ProtobufReader(array, 0, array.length);
    }

    private static ProtobufReader reader(ProtoWriter writer) {
        byte[] array = writer.toByteArray();
        return new ProtobufReader(array, 0, array.length);
    }

    @Test
    void readsVarints() throws MalformedFrameException {
        long[] values = { 0, 1, 127, 128, 300, 16_383, 16_384, Integer.MAX_VALUE, 0xFFFF_FFFFL, 1L << 48,
                Long.MAX_VALUE, Long.MIN_VALUE, -1, -5_432_100 };
        for (long value : values) {
            ProtobufReader reader = reader(new ProtoWriter().varint(value));
            assertEquals(value, reader.readVarint());
            assertFalse(reader.hasRemaining());
        }
        assertEquals(300, reader(0xAC, 0x02).readVarint());
    }

    @Test
    void acceptsPaddedVarintWithinTenBytes() throws MalformedFrameException {
        ProtobufReader reader = reader(0x81, 0x80, 0x00, 0x07);
        assertEquals(1, reader.readVarint());
        assertEquals(3, reader.offset());
        assertEquals(7, reader.readVarint());
    }

    @Test
    void rejectsTruncatedOverlongAndOverflowingVarints() {
        assertThrows(MalformedFrameException.class, () -> reader().readVarint());
        assertThrows(MalformedFrameException.class, () -> reader(0x80).readVarint());
        assertThrows(MalformedFrameException.class, () -> reader(0xFF, 0xFF, 0xFF).readVarint());
        MalformedFrameException overlong = assertThrows(MalformedFrameException.class,
                () -> reader(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01).readVarint());
        assertTrue(overlong.getMessage().contains("longer than 10 bytes"));
        MalformedFrameException overflow = assertThrows(MalformedFrameException.class,
                () -> reader(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F).readVarint());
        assertTrue(overflow.getMessage().contains("64 bits"));
        assertEquals(0, overflow.getOffset());
    }

    @Test
    void readsAndChecksTags() throws MalformedFrameException {
        ProtobufReader reader = reader(new ProtoWriter().tag(1, 2).tag(536_870_911, 5));
        int tag = reader.readTag();
        assertEquals(1, ProtobufReader.fieldNumber(tag));
        assertEquals(2, ProtobufReader.wireType(tag));
        tag = reader.readTag();
        assertEquals(536_870_911, ProtobufReader.fieldNumber(tag));
        assertEquals(5, ProtobufReader.wireType(tag));
        assertEquals(ProtobufReader.tag(536_870_911, 5), tag);

        assertThrows(MalformedFrameException.class, () -> reader(0x00).readTag());
        assertThrows(MalformedFrameException.class, () -> reader(0x02).readTag());
        for (int wireType : new int[] { 3, 4, 6, 7 }) {
            assertThrows(MalformedFrameException.class, () -> reader(0x08 | wireType).readTag());
        }
        assertThrows(MalformedFrameException.class, () -> reader(new ProtoWriter().varint(1L << 32 | 8)).readTag());
    }

    @Test
    void readsFixedLittleEndian() throws MalformedFrameException {
        ProtobufReader reader = reader(0x78, 0x56, 0x34, 0x12, 0x08, 0x07, 0x06, 0x05, 0x04, 0x03, 0x02, 0xFF);
        assertEquals(0x12345678, reader.readFixed32());
        assertEquals(0xFF02030405060708L, reader.readFixed64());
        assertThrows(MalformedFrameException.class, () -> reader(1, 2, 3).readFixed32());
        assertThrows(MalformedFrameException.class, () -> reader(1, 2, 3, 4, 5, 6, 7).readFixed64());
    }

    @Test
    void embeddedMessageLimitsReads() throws MalformedFrameException {
        // field 1 = message of 2 bytes (a varint field), then a varint field outside of it
        ProtobufReader reader = reader(0x0A, 0x02, 0x08, 0x96, 0x10, 0x05);
        reader.readTag();
        int enclosing = reader.enterMessage();
        assertEquals(2, reader.remaining());
        assertEquals(8, reader.readTag());
        MalformedFrameException e = assertThrows(MalformedFrameException.class, reader::readVarint);
        assertEquals(3, e.getOffset(), "the varint continues past the end of its message");
        reader.exitMessage(enclosing);
        assertEquals(4, reader.offset());
        assertEquals(0x10, reader.readTag());
        assertEquals(5, reader.readVarint());
        assertFalse(reader.hasRemaining());
    }

    @Test
    void lengthMustFitTheEnclosingMessage() throws MalformedFrameException {
        assertThrows(MalformedFrameException.class, () -> reader(0x03, 1, 2).readLength());
        assertThrows(MalformedFrameException.class, () -> reader(new ProtoWriter().varint(-1)).readLength());
        assertEquals(2, reader(0x02, 1, 2).readLength());

        ProtobufReader nested = reader(0x01, 0x05, 1, 2, 3, 4, 5);
        nested.enterMessage();
        assertThrows(MalformedFrameException.class, nested::readLength, "5 bytes exist, but not in this message");
    }

    @Test
    void skipsEveryWireType() throws MalformedFrameException {
        ProtobufReader reader = reader(new ProtoWriter().varintField(1, -1).fixed64Field(2, 1).fixed32Field(3, 1)
                .stringField(4, "skipped").varintField(5, 42));
        for (int i = 0; i < 4; i++) {
            reader.skipField(reader.readTag());
        }
        assertEquals(ProtobufReader.tag(5, 0), reader.readTag());
        assertEquals(42, reader.readVarint());

        ProtobufReader truncated = reader(new ProtoWriter().tag(1, 1).raw(1, 2, 3));
        assertThrows(MalformedFrameException.class, () -> truncated.skipField(truncated.readTag()));
        assertThrows(MalformedFrameException.class, () -> reader().skipField(3));
    }

    @Test
    void reportsOffsetsRelativeToTheRegion() {
        byte[] array = { 9, 9, 9, (byte) 0x80 };
        ProtobufReader reader = new ProtobufReader(array, 3, 1);
        assertEquals(0, reader.offset());
        MalformedFrameException e = assertThrows(MalformedFrameException.class, reader::readVarint);
        assertEquals(0, e.getOffset());
        assertEquals("Truncated varint at offset 0", e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> new ProtobufReader(array, 3, 2));
    }
}
