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

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Feeds {@link GdrDecoder} with seeded random and mutated frames and checks that it never fails in any way other than
 * {@link MalformedFrameException}, never calls the visitor for a rejected frame, calls it in a well-formed order for an
 * accepted one, always returns, and keeps its string cache bounded.
 * <p>
 * System properties: {@code ksem.fuzz.iterations} (default 1,000,000), {@code ksem.fuzz.seed} (base seed; iteration
 * i uses base + i), {@code ksem.fuzz.replay} (run only this one iteration seed, as printed by a failure).
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class GdrDecoderFuzzTest {

    private static final long ITERATIONS = longProperty("ksem.fuzz.iterations", 1_000_000L);
    private static final long BASE_SEED = longProperty("ksem.fuzz.seed", 0x4B53_454D_4644L);
    /** Generous: the default run takes seconds; this only catches a decoder that hangs or crawls. */
    private static final long WALL_CLOCK_BOUND_NANOS = TimeUnit.MINUTES.toNanos(10);
    private static final int CHECK_EVERY = 10_000;

    private static final int[] INTERESTING_BYTES = { 0x00, 0x01, 0x02, 0x7F, 0x80, 0xFF, 0x08, 0x0A, 0x10, 0x12, 0x1A,
            0x22, 0x2A, 0x0B, 0x0C, 0x0E, 0x0F };
    private static final long[] INTERESTING_VARINTS = { 0, 1, 127, 128, 255, 16_384, Integer.MAX_VALUE, 0xFFFF_FFFFL,
            Long.MAX_VALUE, Long.MIN_VALUE, -1, 1L << 35 };

    private final List<byte[]> seeds = List.of(GdrDecoderTest.smartMeterFrame(), GdrDecoderTest.energyFlowFrame(),
            wallboxFrame(), unknownFieldsFrame(), new byte[0]);
    private final GdrDecoder decoder = new GdrDecoder();
    private final GdrDecoder smallDecoder = new GdrDecoder(512);
    private final CheckingVisitor visitor = new CheckingVisitor();

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void onlyMalformedFrameExceptionEscapes() {
        Long replay = Long.getLong("ksem.fuzz.replay");
        if (replay != null) {
            runOne(replay);
            return;
        }
        long start = System.nanoTime();
        for (long i = 0; i < ITERATIONS; i++) {
            runOne(BASE_SEED + i);
            if (i % CHECK_EVERY == 0) {
                long elapsed = System.nanoTime() - start;
                assertTrue(elapsed < WALL_CLOCK_BOUND_NANOS, "fuzzing too slow or hanging at iteration " + i);
                assertCacheBounded();
            }
        }
        assertCacheBounded();
        PrintStream out = System.out;
        if (out != null) {
            out.printf("GDR fuzzing: %d frames in %d ms, %d accepted, %d malformed%n", ITERATIONS,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), visitor.acceptedFrames,
                    visitor.rejectedFrames);
        }
        assertTrue(visitor.acceptedFrames > ITERATIONS / 100, "too few valid frames: " + visitor.acceptedFrames);
        assertTrue(visitor.rejectedFrames > ITERATIONS / 10, "too few malformed frames: " + visitor.rejectedFrames);
    }

    private static long longProperty(String name, long defaultValue) {
        Long value = Long.getLong(name);
        return value == null ? defaultValue : value.longValue();
    }

    private void assertCacheBounded() {
        assertTrue(decoder.cachedStrings() <= GdrDecoder.STRING_CACHE_SLOTS, "string cache grew");
        assertTrue(smallDecoder.cachedStrings() <= GdrDecoder.STRING_CACHE_SLOTS, "string cache grew");
    }

    private void runOne(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int mode = random.nextInt(100);
        byte[] frame;
        boolean mustBeValid = false;
        if (mode < 10) {
            frame = randomBytes(random);
        } else if (mode < 15) {
            frame = randomValidFrame(random);
            mustBeValid = true;
        } else {
            frame = seeds.get(random.nextInt(seeds.size()));
            for (int i = 1 + random.nextInt(4); i > 0; i--) {
                frame = mutate(random, frame);
            }
        }
        // sometimes decode a region inside a larger array, to catch reads outside the region
        int before = random.nextInt(5) == 0 ? random.nextInt(1, 8) : 0;
        int after = before > 0 ? random.nextInt(8) : 0;
        byte[] buffer = frame;
        if (before > 0) {
            buffer = new byte[before + frame.length + after];
            Arrays.fill(buffer, (byte) 0x80); // continuation bytes: any overrun would decode differently
            System.arraycopy(frame, 0, buffer, before, frame.length);
        }
        GdrDecoder target = !mustBeValid && random.nextInt(10) == 0 ? smallDecoder : decoder;
        visitor.reset();
        try {
            int records = target.decode(buffer, before, frame.length, visitor);
            visitor.assertComplete(records, seed);
        } catch (MalformedFrameException e) {
            if (mustBeValid) {
                fail("valid frame rejected, seed " + seed, e);
            }
            visitor.assertUntouched(seed);
            if (e.getOffset() < 0 || e.getOffset() > frame.length) {
                fail("offset " + e.getOffset() + " outside the frame of " + frame.length + " bytes, seed " + seed);
            }
        } catch (Throwable t) {
            fail("decoder threw " + t + ", seed " + seed + " (rerun with -Dksem.fuzz.replay=" + seed + ")", t);
        }
    }

    private static byte[] randomBytes(SplittableRandom random) {
        byte[] bytes = new byte[random.nextInt(300)];
        boolean biased = random.nextBoolean();
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (biased ? INTERESTING_BYTES[random.nextInt(INTERESTING_BYTES.length)]
                    : random.nextInt(256));
        }
        return bytes;
    }

    private static byte[] mutate(SplittableRandom random, byte[] frame) {
        int length = frame.length;
        int at = random.nextInt(length + 1);
        switch (random.nextInt(9)) {
            case 0: // flip one bit
                if (length > 0) {
                    byte[] copy = frame.clone();
                    copy[at % length] ^= (byte) (1 << random.nextInt(8));
                    return copy;
                }
                return frame;
            case 1: // overwrite a byte
                if (length > 0) {
                    byte[] copy = frame.clone();
                    copy[at % length] = (byte) (random.nextBoolean() ? random.nextInt(256)
                            : INTERESTING_BYTES[random.nextInt(INTERESTING_BYTES.length)]);
                    return copy;
                }
                return frame;
            case 2: // insert random bytes
                byte[] inserted = new byte[random.nextInt(1, 9)];
                random.nextBytes(inserted);
                return splice(frame, at, 0, inserted);
            case 3: // delete a range
                return splice(frame, at, Math.min(length - at, random.nextInt(1, 17)), new byte[0]);
            case 4: // truncate
                return Arrays.copyOf(frame, at);
            case 5: // duplicate a range elsewhere
                int from = random.nextInt(length + 1);
                int count = Math.min(length - from, random.nextInt(1, 64));
                return splice(frame, at, 0, Arrays.copyOfRange(frame, from, from + count));
            case 6: // insert an extreme varint (a length, a tag or a value)
                return splice(frame, at, Math.min(length - at, random.nextInt(2)), new ProtoWriter()
                        .varint(INTERESTING_VARINTS[random.nextInt(INTERESTING_VARINTS.length)]).toByteArray());
            case 7: // append unknown or duplicate fields
                return splice(frame, length, 0, new ProtoWriter().unknownFields().toByteArray());
            default: // cross over with a prefix of this and a suffix of another frame
                byte[] other = random.nextBoolean() ? GdrDecoderTest.energyFlowFrame() : wallboxFrame();
                int otherFrom = random.nextInt(other.length + 1);
                return splice(frame, at, length - at, Arrays.copyOfRange(other, otherFrom, other.length));
        }
    }

    private static byte[] splice(byte[] frame, int at, int remove, byte[] insert) {
        byte[] result = new byte[frame.length - remove + insert.length];
        System.arraycopy(frame, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(frame, at + remove, result, at + insert.length, frame.length - at - remove);
        return result;
    }

    private static byte[] randomValidFrame(SplittableRandom random) {
        GdrFrameBuilder builder = new GdrFrameBuilder();
        for (int r = random.nextInt(4); r > 0; r--) {
            GdrFrameBuilder.Record record = builder.record(randomString(random)).status(random.nextInt(4));
            if (random.nextBoolean()) {
                record.timestamp(random.nextLong(), random.nextInt());
            }
            for (int v = random.nextInt(20); v > 0; v--) {
                record.value(random.nextLong(), random.nextLong());
            }
            for (int f = random.nextInt(5); f > 0; f--) {
                if (random.nextBoolean()) {
                    record.flexInt(randomString(random), random.nextLong());
                } else {
                    record.flexString(randomString(random), randomString(random));
                }
            }
            record.end();
        }
        if (random.nextBoolean()) {
            builder.configUuid(randomString(random));
        }
        return builder.build();
    }

    private static String randomString(SplittableRandom random) {
        return Long.toString(random.nextLong(1000), 36) + "-key";
    }

    private static byte[] wallboxFrame() {
        return new GdrFrameBuilder().record("a1b2c3d4-0000-4000-8000-000000000001").status(1).timestamp(1, 2)
                .value(ObisCode.key(1, 4), 11_000_000).value(ObisCode.key(1, 8), 123_456_789)
                .flexString("state", "stateCharging").flexInt("phases", 3).end()
                .record("a1b2c3d4-0000-4000-8000-000000000002").status(3).end().configUuid("wallboxes").build();
    }

    private static byte[] unknownFieldsFrame() {
        ProtoWriter gdr = new ProtoWriter().unknownFields().varintField(2, 1)
                .messageField(4, new ProtoWriter().unknownFields().varintField(1, 5).varintField(2, 6))
                .messageField(5, new ProtoWriter().stringField(1, "k").messageField(2,
                        new ProtoWriter().unknownFields().varintField(1, -1)));
        return new ProtoWriter().unknownFields()
                .messageField(1, new ProtoWriter().stringField(1, "x").unknownFields().messageField(2, gdr))
                .toByteArray();
    }

    /** Checks the order of the calls and counts them; allocation-free apart from failures. */
    private static final class CheckingVisitor implements GdrVisitor {
        long acceptedFrames;
        long rejectedFrames;
        private int calls;
        private int records;
        private boolean inRecord;
        private boolean statusSeen;
        private boolean contentSeen;

        void reset() {
            calls = 0;
            records = 0;
            inRecord = false;
        }

        void assertUntouched(long seed) {
            rejectedFrames++;
            if (calls != 0) {
                fail(calls + " visitor calls for a malformed frame, seed " + seed);
            }
        }

        void assertComplete(int decodedRecords, long seed) {
            acceptedFrames++;
            if (inRecord || decodedRecords != records) {
                fail("unbalanced records (" + records + " begun, " + decodedRecords + " returned), seed " + seed);
            }
        }

        private void require(boolean condition, String call) {
            calls++;
            if (!condition) {
                throw new IllegalStateException("visitor call out of order: " + call);
            }
        }

        @Override
        public void configUuid(String uuid) {
            require(records == 0 && !inRecord && calls == 0, "configUuid");
        }

        @Override
        public void beginRecord(String key) {
            require(!inRecord, "beginRecord");
            inRecord = true;
            statusSeen = false;
            contentSeen = false;
            records++;
        }

        @Override
        public void status(int status) {
            require(inRecord && !statusSeen, "status");
            statusSeen = true;
        }

        @Override
        public void timestamp(long epochSeconds, int nanos) {
            require(inRecord && statusSeen && !contentSeen, "timestamp");
            contentSeen = true;
        }

        @Override
        public void value(long obisKey, long value) {
            require(inRecord && statusSeen, "value");
            contentSeen = true;
        }

        @Override
        public void flexInt(String key, long value) {
            require(inRecord && statusSeen, "flexInt");
            contentSeen = true;
        }

        @Override
        public void flexString(String key, String value) {
            require(inRecord && statusSeen, "flexString");
            contentSeen = true;
        }

        @Override
        public void endRecord() {
            require(inRecord && statusSeen, "endRecord");
            inRecord = false;
        }
    }
}
