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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openhab.binding.ksem.simulator.proto.FlexValue;
import org.openhab.binding.ksem.simulator.proto.GDR;
import org.openhab.binding.ksem.simulator.proto.GDRs;
import org.openhab.binding.ksem.simulator.proto.Status;

import com.google.protobuf.Timestamp;

class GdrFrameEncoderTest {

    private static final GdrSample SAMPLE = new GdrSample(Instant.parse("2026-05-01T12:00:00.250Z"),
            Map.of(Obis.of(1, 4), 1_500_000L, Obis.of(2, 4), 0L, Obis.of(1, 8), 12_345_678_901L),
            Map.of("pvPowerTotal", -3_000_000L, "inverterCurtailment", 0L));

    /** What protobuf-java writes for the same record. */
    private static GDRs expected() {
        GDR record = GDR.newBuilder().setId("smart-meter").setStatus(Status.STATUS_OK)
                .setTimestamp(Timestamp.newBuilder().setSeconds(SAMPLE.timestamp().getEpochSecond())
                        .setNanos(250_000_000))
                .putValues(Obis.of(1, 4), 1_500_000L).putValues(Obis.of(1, 8), 12_345_678_901L)
                .putValues(Obis.of(2, 4), 0L)
                .putFlexValues("inverterCurtailment", FlexValue.getDefaultInstance())
                .putFlexValues("pvPowerTotal", FlexValue.newBuilder().setIntValue(-3_000_000L).build()).build();
        return GDRs.newBuilder().putGdrs("smart-meter", record).setConfigUuid("cfg").build();
    }

    @Test
    void writingZerosGivesTheBytesOfProtobufJava() {
        byte[] frame = GdrFrameEncoder.encode("smart-meter", SAMPLE, "cfg", false);

        assertArrayEquals(expected().toByteArray(), frame);
    }

    @Test
    void omittedZerosParseAsZero() throws Exception {
        byte[] frame = GdrFrameEncoder.encode("smart-meter", SAMPLE, "cfg", true);

        GDRs parsed = GDRs.parseFrom(frame);
        assertEquals(expected(), parsed);
        assertEquals(0L, parsed.getGdrsOrThrow("smart-meter").getValuesOrThrow(Obis.of(2, 4)));
        assertEquals(expected().toByteArray().length - 2, frame.length, "one value field (tag + 0) left out");
    }
}
