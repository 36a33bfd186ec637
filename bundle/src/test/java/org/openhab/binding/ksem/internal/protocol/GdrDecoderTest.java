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
import static org.openhab.binding.ksem.internal.protocol.ProtoWriter.*;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link GdrDecoder} with hand-built frames.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class GdrDecoderTest {

    private static final long SECONDS = 1_767_225_600L;
    private static final int NANOS = 123_456_789;

    private final GdrDecoder decoder = new GdrDecoder();
    private final RecordingVisitor visitor = new RecordingVisitor();

    /** The OBIS codes of the smart-meter channel (api §3.4) as C.D pairs. */
    static List<long[]> smartMeterCodes() {
        List<long[]> codes = new ArrayList<>();
        for (int c : new int[] { 1, 2, 3, 4, 9, 10, 13, 14 }) {
            codes.add(new long[] { c, 4 });
        }
        for (int phase : new int[] { 20, 40, 60 }) {
            for (int c : new int[] { 1, 2, 3, 4, 9, 10, 11, 12, 13 }) {
                codes.add(new long[] { phase + c, 4 });
            }
        }
        for (int c : new int[] { 1, 2, 3, 4, 9, 10 }) {
            codes.add(new long[] { c, 8 });
            for (int phase : new int[] { 20, 40, 60 }) {
                codes.add(new long[] { phase + c, 8 });
            }
        }
        return codes;
    }

    /** A plausible raw value per code: powers in mW, energies in mWh, 230 V in mV, 50 Hz in mHz. */
    static long smartMeterValue(int c, int d) {
        if (d == 8) {
            return 12_345_678_901L + c * 1_000_003L;
        }
        switch (c % 20) {
            case 12:
                return 230_123 + c;
            case 13:
                return 987;
            case 14:
                return 49_987;
            case 2:
            case 4:
            case 10:
                return 0; // export side of an importing meter
            default:
                return 1_234_567L + c * 1001L;
        }
    }

    static byte[] smartMeterFrame() {
        GdrFrameBuilder.Record record = new GdrFrameBuilder().record("smart-meter").status(1).timestamp(SECONDS, NANOS);
        for (long[] code : smartMeterCodes()) {
            int c = (int) code[0];
            int d = (int) code[1];
            record.value(ObisCode.key(c, d), smartMeterValue(c, d));
        }
        return record.end().configUuid("7d4c9a0e-5b1f-4c2a-9f3e-1a2b3c4d5e6f").build();
    }

    static byte[] energyFlowFrame() {
        return new GdrFrameBuilder().record("kostal-energyflow").status(1).timestamp(SECONDS, 0)
                .value(ObisCode.key(1, 8), 1_000_000L).value(ObisCode.key(65, 8), 2_000_000L)
                .flexInt("housePowerTotal", 812_000).flexInt("pvPowerTotal", -5_432_100)
                .flexInt("batteryPowerTotal", -1).flexInt("systemStateOfCharge", 15)
                .flexString("inverterState", "Feed-in (MPP)").end().build();
    }

    private List<String> decode(byte[] frame) throws MalformedFrameException {
        visitor.events.clear();
        decoder.decode(frame, visitor);
        return visitor.events;
    }

    private MalformedFrameException assertMalformed(GdrDecoder frameDecoder, byte[] frame) {
        visitor.events.clear();
        MalformedFrameException e = assertThrows(MalformedFrameException.class,
                () -> frameDecoder.decode(frame, visitor));
        assertEquals(List.of(), visitor.events, "visitor must not be called for a malformed frame");
        assertTrue(e.getMessage().contains("offset " + e.getOffset()), e.getMessage());
        return e;
    }

    private MalformedFrameException assertMalformed(byte[] frame) {
        return assertMalformed(decoder, frame);
    }

    @Test
    void decodesSmartMeterFrameExactly() throws MalformedFrameException {
        List<String> expected = new ArrayList<>(List.of("config 7d4c9a0e-5b1f-4c2a-9f3e-1a2b3c4d5e6f",
                "begin smart-meter", "status 1", "timestamp " + SECONDS + "." + NANOS));
        for (long[] code : smartMeterCodes()) {
            int c = (int) code[0];
            int d = (int) code[1];
            expected.add("value 1-0:" + c + "." + d + ".0*255=" + smartMeterValue(c, d));
        }
        expected.add("end");
        assertEquals(59, smartMeterCodes().size());

        assertEquals(expected, decode(smartMeterFrame()));
        assertEquals(expected, decode(smartMeterFrame()), "a reused decoder gives the same result");
    }

    @Test
    void decodesEnergyFlowFrameWithNegativeFlexInts() throws MalformedFrameException {
        assertEquals(
                List.of("begin kostal-energyflow", "status 1", "timestamp " + SECONDS + ".0",
                        "value 1-0:1.8.0*255=1000000", "value 1-0:65.8.0*255=2000000", "flexInt housePowerTotal=812000",
                        "flexInt pvPowerTotal=-5432100", "flexInt batteryPowerTotal=-1",
                        "flexInt systemStateOfCharge=15", "flexString inverterState=Feed-in (MPP)", "end"),
                decode(energyFlowFrame()));
    }

    @Test
    void negativeFlexIntIsTenByteVarint() throws MalformedFrameException {
        byte[] flexValue = new ProtoWriter().varintField(1, Long.MIN_VALUE).toByteArray();
        assertEquals(11, flexValue.length, "tag + 10-byte varint");
        byte[] frame = new GdrFrameBuilder().record("r").flexInt("min", Long.MIN_VALUE).flexInt("minusOne", -1).end()
                .build();
        assertEquals(List.of("begin r", "status 0", "flexInt min=" + Long.MIN_VALUE, "flexInt minusOne=-1", "end"),
                decode(frame));
    }

    @Test
    void valueEntryWithoutValueFieldIsZero() throws MalformedFrameException {
        long key = ObisCode.key(2, 4);
        byte[] frame = new GdrFrameBuilder().record("smart-meter")
                .raw(new ProtoWriter().messageField(4, new ProtoWriter().varintField(1, key))) // no value
                .raw(new ProtoWriter().messageField(4, new ProtoWriter().varintField(2, 7))) // no key
                .raw(new ProtoWriter().messageField(4, new ProtoWriter())) // neither
                .end().build();
        assertEquals(List.of("begin smart-meter", "status 0", "value 1-0:2.4.0*255=0", "value 0-0:0.0.0*0=7",
                "value 0-0:0.0.0*0=0", "end"), decode(frame));
    }

    @Test
    void uint64ValuesPassThroughAsRawBits() throws MalformedFrameException {
        List<Long> seen = new ArrayList<>();
        GdrVisitor collector = new GdrVisitor() {
            @Override
            public void beginRecord(String key) {
            }

            @Override
            public void value(long obisKey, long value) {
                seen.add(value);
            }
        };
        long[] values = { 1L << 63, -1L, (1L << 63) | 5, Long.MAX_VALUE, 0 };
        GdrFrameBuilder.Record record = new GdrFrameBuilder().record("r");
        for (long value : values) {
            record.value(ObisCode.key(1, 8), value);
        }
        decoder.decode(record.end().build(), collector);
        assertEquals(Arrays.stream(values).boxed().toList(), seen);
        assertEquals("18446744073709551615", Long.toUnsignedString(seen.get(1)));
    }

    @Test
    void unknownFieldsAreSkippedAtEveryLevel() throws MalformedFrameException {
        ProtoWriter timestamp = new ProtoWriter().unknownFields().varintField(1, SECONDS).unknownFields()
                .varintField(2, NANOS).unknownFields();
        ProtoWriter valueEntry = new ProtoWriter().unknownFields().varintField(1, ObisCode.key(1, 4)).unknownFields()
                .varintField(2, 42).unknownFields();
        ProtoWriter flexValue = new ProtoWriter().unknownFields().varintField(1, -7).unknownFields();
        ProtoWriter flexEntry = new ProtoWriter().unknownFields().stringField(1, "gridPowerTotal").unknownFields()
                .messageField(2, flexValue).unknownFields();
        ProtoWriter gdr = new ProtoWriter().unknownFields().stringField(1, "smart-meter").varintField(2, 1)
                .unknownFields().messageField(3, timestamp).messageField(4, valueEntry).unknownFields()
                .messageField(5, flexEntry).unknownFields();
        ProtoWriter entry = new ProtoWriter().unknownFields().stringField(1, "smart-meter").unknownFields()
                .messageField(2, gdr).unknownFields();
        byte[] frame = new ProtoWriter().unknownFields().messageField(1, entry).unknownFields().stringField(2, "uuid")
                .unknownFields().toByteArray();

        assertEquals(List.of("config uuid", "begin smart-meter", "status 1", "timestamp " + SECONDS + "." + NANOS,
                "value 1-0:1.4.0*255=42", "flexInt gridPowerTotal=-7", "end"), decode(frame));
    }

    @Test
    void knownFieldNumberWithOtherWireTypeIsSkippedLikeProtobufJava() throws MalformedFrameException {
        ProtoWriter gdr = new ProtoWriter().stringField(2, "not a status").fixed32Field(4, 1).fixed64Field(5, 2)
                .varintField(3, 3);
        byte[] frame = new ProtoWriter().messageField(1, new ProtoWriter().varintField(1, 9).messageField(2, gdr))
                .varintField(2, 5).toByteArray();
        assertEquals(List.of("begin ", "status 0", "end"), decode(frame));
    }

    @Test
    void fieldsMayComeInAnyOrder() throws MalformedFrameException {
        ProtoWriter flexValue = new ProtoWriter().stringField(2, "text").varintField(1, 3);
        ProtoWriter gdr = new ProtoWriter()
                .messageField(5, new ProtoWriter().messageField(2, flexValue).stringField(1, "both"))
                .messageField(4, new ProtoWriter().varintField(2, 11).varintField(1, ObisCode.key(32, 4)))
                .messageField(3, new ProtoWriter().varintField(2, 5).varintField(1, 6)).varintField(2, 3);
        byte[] frame = new ProtoWriter().stringField(2, "uuid")
                .messageField(1, new ProtoWriter().messageField(2, gdr).stringField(1, "wallbox")).toByteArray();
        assertEquals(List.of("config uuid", "begin wallbox", "status 3", "timestamp 6.5", "value 1-0:32.4.0*255=11",
                "flexString both=text", "end"), decode(frame));
    }

    @Test
    void missingEntryKeyAndValueGetDefaults() throws MalformedFrameException {
        byte[] frame = new ProtoWriter().messageField(1, new ProtoWriter())
                .messageField(1, new ProtoWriter().stringField(1, "only-key"))
                .messageField(1, new ProtoWriter().messageField(2, new ProtoWriter().varintField(2, 1)))
                .messageField(1, new ProtoWriter().stringField(1, "empty-flex").messageField(2,
                        new ProtoWriter().messageField(5, new ProtoWriter())))
                .toByteArray();
        assertEquals(List.of("begin ", "status 0", "end", "begin only-key", "status 0", "end", "begin ", "status 1",
                "end", "begin empty-flex", "status 0", "flexInt =0", "end"), decode(frame));
    }

    @Test
    void repeatedFieldsLastWinsAndRepeatedEntriesArePassedOnInOrder() throws MalformedFrameException {
        byte[] frame = new GdrFrameBuilder().record("a").status(1).status(3).value(ObisCode.key(1, 4), 1)
                .value(ObisCode.key(1, 4), 2).end().record("a").status(2).end().configUuid("old").configUuid("new")
                .build();
        assertEquals(List.of("config new", "begin a", "status 3", "value 1-0:1.4.0*255=1", "value 1-0:1.4.0*255=2",
                "end", "begin a", "status 2", "end"), decode(frame));
    }

    @Test
    void repeatedGdrInOneEntryIsMergedLikeProtobuf() throws MalformedFrameException {
        ProtoWriter first = new ProtoWriter().varintField(2, 1).messageField(4,
                new ProtoWriter().varintField(1, 5).varintField(2, 6));
        ProtoWriter second = new ProtoWriter().messageField(4, new ProtoWriter().varintField(1, 7).varintField(2, 8));
        byte[] frame = new ProtoWriter()
                .messageField(1, new ProtoWriter().stringField(1, "k").messageField(2, first).messageField(2, second))
                .toByteArray();
        assertEquals(List.of("begin k", "status 1", "value 0-0:0.0.0*5=6", "value 0-0:0.0.0*7=8", "end"),
                decode(frame));
    }

    @Test
    void emptyFrameHasNoRecords() throws MalformedFrameException {
        assertEquals(0, decoder.decode(new byte[0], visitor));
        assertEquals(List.of(), visitor.events);
    }

    @Test
    void truncationAtEveryOffsetIsMalformedAndCallsNothing() {
        byte[] frame = new GdrFrameBuilder().record("kostal-energyflow").status(1).timestamp(SECONDS, NANOS)
                .value(ObisCode.key(1, 8), -1L).flexInt("pvPowerTotal", -5_432_100).flexString("s", "text").end()
                .build();
        for (int length = 1; length < frame.length; length++) {
            MalformedFrameException e = assertMalformed(Arrays.copyOf(frame, length));
            assertTrue(e.getOffset() >= 0 && e.getOffset() <= length, e.getMessage());
        }
    }

    @Test
    void truncationInALaterRecordDropsTheWholeFrame() {
        byte[] frame = new GdrFrameBuilder().record("first").value(ObisCode.key(1, 4), 1).end().record("second")
                .value(ObisCode.key(1, 4), 2).end().build();
        int firstEntryLength = 2 + frame[1];
        for (int length = firstEntryLength + 1; length < frame.length; length++) {
            assertMalformed(Arrays.copyOf(frame, length));
        }
    }

    @Test
    void everyPrefixOfTheSmartMeterRecordIsMalformed() {
        byte[] frame = smartMeterFrame();
        int recordEnd = frame.length - 2 - "7d4c9a0e-5b1f-4c2a-9f3e-1a2b3c4d5e6f".length();
        for (int length = 1; length < recordEnd; length++) {
            assertMalformed(Arrays.copyOf(frame, length));
        }
    }

    @Test
    void overlongVarintIsMalformed() throws MalformedFrameException {
        ProtoWriter tenBytesMax = new ProtoWriter().raw(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01);
        ProtoWriter elevenBytes = new ProtoWriter().raw(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,
                0x00);
        ProtoWriter beyond64Bits = new ProtoWriter().raw(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x02);

        assertEquals(List.of("begin r", "status 0", "value 0-0:0.0.0*1=18446744073709551615", "end"),
                decode(frameWithValueBytes(tenBytesMax)));
        assertTrue(assertMalformed(frameWithValueBytes(elevenBytes)).getMessage().contains("longer than 10 bytes"));
        assertTrue(assertMalformed(frameWithValueBytes(beyond64Bits)).getMessage().contains("64 bits"));
    }

    /** A frame with one value entry whose value field carries the given raw varint bytes. */
    private static byte[] frameWithValueBytes(ProtoWriter varint) {
        ProtoWriter entry = new ProtoWriter().varintField(1, 1).tag(2, VARINT).raw(varint.toByteArray());
        return new GdrFrameBuilder().record("r").raw(new ProtoWriter().messageField(4, entry)).end().build();
    }

    @Test
    void lengthBeyondBufferIsMalformed() {
        assertMalformed(new ProtoWriter().tag(1, LEN).varint(100).raw(0x0A, 0x00).toByteArray());
        assertMalformed(new ProtoWriter().tag(1, LEN).varint(Long.MAX_VALUE).toByteArray());
        assertMalformed(new ProtoWriter().tag(1, LEN).varint(-1L).toByteArray());
        assertMalformed(new ProtoWriter().tag(2, LEN).varint(1L << 31).toByteArray());
        assertMalformed(new ProtoWriter().tag(99, LEN).varint(3).toByteArray());
    }

    @Test
    void nestedLengthBeyondEnclosingMessageIsMalformed() {
        // the GDR claims 10 bytes, but its entry holds only 4; the frame itself has enough bytes after it
        ProtoWriter entry = new ProtoWriter().tag(2, LEN).varint(10).raw(0x10, 0x01);
        byte[] frame = new ProtoWriter().messageField(1, entry).stringField(2, "padding-padding-padding").toByteArray();
        MalformedFrameException e = assertMalformed(frame);
        assertTrue(e.getMessage().contains("exceeds the enclosing message"), e.getMessage());
        assertEquals(3, e.getOffset());
    }

    @Test
    void invalidTagsAreMalformed() {
        assertMalformed(new ProtoWriter().tag(0, VARINT).varint(1).toByteArray());
        for (int wireType : new int[] { 3, 4, 6, 7 }) {
            assertMalformed(new ProtoWriter().tag(9, wireType).varint(1).toByteArray());
            ProtoWriter gdr = new ProtoWriter().tag(9, wireType).varint(0);
            assertMalformed(new ProtoWriter().messageField(1, new ProtoWriter().messageField(2, gdr)).toByteArray());
        }
        assertMalformed(new ProtoWriter().varint(1L << 32 | 2).varint(0).toByteArray());
    }

    @Test
    void oversizedFrameIsRejectedBeforeDecoding() throws MalformedFrameException {
        MalformedFrameException e = assertMalformed(new byte[GdrDecoder.DEFAULT_MAX_FRAME_BYTES + 1]);
        assertEquals(0, e.getOffset());
        assertTrue(e.getMessage().contains("exceeds the maximum"), e.getMessage());

        // exactly the maximum is fine: one big unknown field
        int content = GdrDecoder.DEFAULT_MAX_FRAME_BYTES - 4; // 1 byte tag, 3 bytes length
        byte[] largest = new ProtoWriter().bytesField(15, new byte[content]).toByteArray();
        assertEquals(GdrDecoder.DEFAULT_MAX_FRAME_BYTES, largest.length);
        assertEquals(List.of(), decode(largest));

        GdrDecoder small = new GdrDecoder(64);
        byte[] frame = new GdrFrameBuilder().record("r").status(1).end().build();
        byte[] padded = Arrays.copyOf(frame, 1000);
        assertEquals(1, small.decode(padded, 0, frame.length, visitor), "only the region length counts");
        byte[] tooLarge = new ProtoWriter().bytesField(15, new byte[63]).toByteArray();
        assertEquals(65, tooLarge.length);
        assertMalformed(small, tooLarge);
        assertThrows(IllegalArgumentException.class, () -> new GdrDecoder(0));
    }

    @Test
    void tooManyValuesIsMalformed() throws MalformedFrameException {
        ProtoWriter gdr = new ProtoWriter();
        byte[] emptyEntry = new ProtoWriter().messageField(4, new ProtoWriter()).toByteArray();
        for (int i = 0; i < DecodedFrame.MAX_VALUES; i++) {
            gdr.raw(emptyEntry);
        }
        byte[] atLimit = new ProtoWriter().messageField(1, new ProtoWriter().messageField(2, gdr)).toByteArray();
        int[] count = new int[1];
        decoder.decode(atLimit, new GdrVisitor() {
            @Override
            public void beginRecord(String key) {
            }

            @Override
            public void value(long obisKey, long value) {
                count[0]++;
            }
        });
        assertEquals(DecodedFrame.MAX_VALUES, count[0]);

        gdr.raw(emptyEntry);
        assertTrue(
                assertMalformed(new ProtoWriter().messageField(1, new ProtoWriter().messageField(2, gdr)).toByteArray())
                        .getMessage().contains("More than " + DecodedFrame.MAX_VALUES + " values"));
    }

    @Test
    void decoderIsUsableAfterMalformedFrame() throws MalformedFrameException {
        List<String> expected = List.copyOf(decode(energyFlowFrame()));
        byte[] frame = energyFlowFrame();
        assertMalformed(Arrays.copyOf(frame, frame.length - 3));
        assertEquals(expected, decode(energyFlowFrame()));
    }

    @Test
    void decodesARegionAndReportsOffsetsRelativeToIt() throws MalformedFrameException {
        byte[] frame = energyFlowFrame();
        byte[] padded = new byte[frame.length + 20];
        Arrays.fill(padded, (byte) 0xFF);
        System.arraycopy(frame, 0, padded, 7, frame.length);
        List<String> expected = List.copyOf(decode(frame));

        visitor.events.clear();
        assertEquals(1, decoder.decode(padded, 7, frame.length, visitor));
        assertEquals(expected, visitor.events);

        byte[] truncated = new ProtoWriter().tag(1, LEN).varint(50).toByteArray();
        System.arraycopy(truncated, 0, padded, 7, truncated.length);
        MalformedFrameException e = assertThrows(MalformedFrameException.class,
                () -> decoder.decode(padded, 7, truncated.length, visitor));
        assertEquals(1, e.getOffset());
        assertThrows(IndexOutOfBoundsException.class, () -> decoder.decode(frame, 5, frame.length, visitor));
    }

    @Test
    void repeatedStringsAreTheSameInstance() throws MalformedFrameException {
        List<String> keys = new ArrayList<>();
        GdrVisitor collector = new GdrVisitor() {
            @Override
            public void beginRecord(String key) {
                keys.add(key);
            }

            @Override
            public void value(long obisKey, long value) {
            }

            @Override
            public void flexInt(String key, long value) {
                keys.add(key);
            }
        };
        decoder.decode(energyFlowFrame(), collector);
        decoder.decode(energyFlowFrame(), collector);
        int half = keys.size() / 2;
        for (int i = 0; i < half; i++) {
            assertSame(keys.get(i), keys.get(half + i));
        }
    }

    @Test
    void stringCacheStaysBoundedWithManyDistinctStrings() throws MalformedFrameException {
        for (int i = 0; i < 5000; i++) {
            decoder.decode(new GdrFrameBuilder().record("wallbox-" + i).flexString("k" + i, "v" + i).end().build(),
                    visitor);
            assertTrue(decoder.cachedStrings() <= GdrDecoder.STRING_CACHE_SLOTS);
        }
        assertEquals(GdrDecoder.STRING_CACHE_SLOTS, decoder.cachedStrings());
        String longKey = "x".repeat(GdrDecoder.MAX_CACHED_STRING_BYTES + 1);
        assertEquals(List.of("begin " + longKey, "status 0", "end"),
                decode(new GdrFrameBuilder().record(longKey).end().build()));
    }

    @Test
    void invalidUtf8IsReplacedNotRejected() throws MalformedFrameException {
        byte[] frame = new ProtoWriter()
                .messageField(1, new ProtoWriter().bytesField(1, new byte[] { 'a', (byte) 0xC3, (byte) 0xFF }))
                .toByteArray();
        assertEquals(List.of("begin a\uFFFD\uFFFD", "status 0", "end"), decode(frame));
        assertEquals(List.of("begin Zähler ⚡", "status 0", "end"),
                decode(new GdrFrameBuilder().record("Zähler ⚡").end().build()));
    }

    @Test
    void exceptionMessageDoesNotContainPayload() {
        byte[] frame = new GdrFrameBuilder().record("secret-token-value").end().build();
        for (int length = 1; length < frame.length; length++) {
            MalformedFrameException e = assertMalformed(Arrays.copyOf(frame, length));
            assertFalse(e.getMessage().contains("secret"), e.getMessage());
        }
    }

    @Test
    void steadyStateAllocatesLessThanOneKibPerFrame() throws MalformedFrameException {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!(threads instanceof com.sun.management.ThreadMXBean allocation)
                || !allocation.isThreadAllocatedMemorySupported()) {
            return; // not measurable on this JVM
        }
        allocation.setThreadAllocatedMemoryEnabled(true);
        byte[] meter = smartMeterFrame();
        byte[] flow = energyFlowFrame();
        long[] sink = new long[1];
        GdrVisitor summing = new GdrVisitor() {
            @Override
            public void beginRecord(String key) {
                sink[0] += key.length();
            }

            @Override
            public void value(long obisKey, long value) {
                sink[0] += value;
            }

            @Override
            public void flexInt(String key, long value) {
                sink[0] += value;
            }
        };
        for (int i = 0; i < 20_000; i++) {
            decoder.decode(meter, summing);
            decoder.decode(flow, summing);
        }
        int frames = 20_000;
        long threadId = Thread.currentThread().getId();
        long before = allocation.getThreadAllocatedBytes(threadId);
        for (int i = 0; i < frames / 2; i++) {
            decoder.decode(meter, summing);
            decoder.decode(flow, summing);
        }
        long perFrame = (allocation.getThreadAllocatedBytes(threadId) - before) / frames;
        assertTrue(perFrame < 1024, "allocated " + perFrame + " bytes per frame");
        assertNotEquals(0, sink[0]);
    }
}
