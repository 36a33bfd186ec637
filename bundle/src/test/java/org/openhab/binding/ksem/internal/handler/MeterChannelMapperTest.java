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
package org.openhab.binding.ksem.internal.handler;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ksem.internal.protocol.ObisCode;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.MetricPrefix;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.State;

/**
 * Checks the OBIS-to-channel table and the exact scaling of raw units (api §3.4).
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class MeterChannelMapperTest {

    private final ThingUID thing = new ThingUID("ksem:meter:home");
    private final Map<String, State> states = new HashMap<>();
    private final MeterChannelMapper mapper = new MeterChannelMapper(thing,
            new ChannelPublisher(new ChannelPublisher.Target() {
                @Override
                public boolean isLinked(ChannelUID channel) {
                    return true;
                }

                @Override
                public void updateState(ChannelUID channel, State state) {
                    states.put(channel.getId(), state);
                }
            }, Duration.ZERO, System::nanoTime));

    private void frame(long... obisAndValue) {
        mapper.beginRecord("smart-meter");
        mapper.timestamp(1_760_000_000L, 0);
        for (int i = 0; i < obisAndValue.length; i += 2) {
            mapper.value(obisAndValue[i], obisAndValue[i + 1]);
        }
        mapper.endRecord();
    }

    @Test
    void scalesEveryRawUnitExactly() {
        frame(ObisCode.key(1, 4), 1_234_567, // mW
                ObisCode.key(2, 4), 0, //
                ObisCode.key(1, 8), 12_345_678_901L, // mWh
                ObisCode.key(3, 4), 500, // mvar
                ObisCode.key(9, 4), 2_000_001, // mVA
                ObisCode.key(13, 4), 987, // x1000
                ObisCode.key(14, 4), 49_987, // mHz
                ObisCode.key(31, 4), 5_432, // mA
                ObisCode.key(32, 4), 231_456, // mV
                ObisCode.key(3, 8), 7_000_000, // mvarh
                ObisCode.key(9, 8), 9_000_001); // mVAh
        assertEquals(new QuantityType<>(new BigDecimal("1234.567"), Units.WATT), states.get("grid#power-import"));
        assertEquals(new QuantityType<>(new BigDecimal("1234.567"), Units.WATT), states.get("grid#power-net"));
        assertEquals(new QuantityType<>(new BigDecimal("12345.678901"), Units.KILOWATT_HOUR),
                states.get("grid#energy-import"));
        assertEquals(new QuantityType<>(new BigDecimal("0.5"), Units.VAR), states.get("grid#reactive-power-import"));
        assertEquals(new QuantityType<>(new BigDecimal("2000.001"), Units.VOLT_AMPERE),
                states.get("grid#apparent-power-import"));
        assertEquals(new DecimalType(new BigDecimal("0.987")), states.get("grid#power-factor"));
        assertEquals(new QuantityType<>(new BigDecimal("49.987"), Units.HERTZ), states.get("grid#frequency"));
        assertEquals(new QuantityType<>(new BigDecimal("5.432"), Units.AMPERE), states.get("l1#current"));
        assertEquals(new QuantityType<>(new BigDecimal("231.456"), Units.VOLT), states.get("l1#voltage"));
        assertEquals(new QuantityType<>(new BigDecimal("7"), Units.KILOVAR_HOUR),
                states.get("grid#reactive-energy-import"));
        assertEquals(new QuantityType<>(new BigDecimal("9.000001"), MetricPrefix.KILO(Units.VOLT_AMPERE_HOUR)),
                states.get("grid#apparent-energy-import"));
    }

    @Test
    void netPowerIsImportMinusExportPerPhase() {
        frame(ObisCode.key(41, 4), 0, ObisCode.key(42, 4), 1_500_250);
        assertEquals(new QuantityType<>(new BigDecimal("-1500.250"), Units.WATT), states.get("l2#power-net"));
        assertEquals(new QuantityType<>(new BigDecimal("1500.250"), Units.WATT), states.get("l2#power-export"));
    }

    @Test
    void everyOBISCodeOfTheMeterTableHasExactlyOneChannel() {
        int[] indicators = { 1, 2, 3, 4, 9, 10 };
        Map<String, Long> channelOf = new HashMap<>();
        for (int phase = 0; phase <= 3; phase++) {
            for (int indicator : indicators) {
                channelOf.put("p" + phase + "i" + indicator + "d4", ObisCode.key(indicator + 20 * phase, 4));
                channelOf.put("p" + phase + "i" + indicator + "d8", ObisCode.key(indicator + 20 * phase, 8));
            }
            channelOf.put("p" + phase + "pf", ObisCode.key(13 + 20 * phase, 4));
        }
        channelOf.put("f", ObisCode.key(14, 4));
        for (int phase = 1; phase <= 3; phase++) {
            channelOf.put("p" + phase + "a", ObisCode.key(11 + 20 * phase, 4));
            channelOf.put("p" + phase + "v", ObisCode.key(12 + 20 * phase, 4));
        }
        for (long obis : channelOf.values()) {
            states.clear();
            frame(obis, 42);
            long direct = states.keySet().stream()
                    .filter(k -> !k.endsWith("#power-net") && !k.endsWith("#last-reading")).count();
            assertEquals(1, direct, () -> ObisCode.toString(obis) + " -> " + states.keySet());
        }
        assertEquals(4 * 13 + 1 + 6, channelOf.size(), "the 59 codes of the api §3.4 table");
    }

    @Test
    void lastReadingIsTheFrameTimestampOrTheArrivalOfAFrameWithoutAValidOne() {
        frame(ObisCode.key(1, 4), 1);
        assertEquals(Instant.ofEpochSecond(1_760_000_000L),
                ((DateTimeType) states.get("device#last-reading")).getInstant());

        for (long[] timestamp : new long[][] { { Long.MAX_VALUE, 0 }, { 1_760_000_000L, -1 },
                { 1_760_000_000L, 1_000_000_000 } }) {
            Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            mapper.beginRecord("smart-meter");
            mapper.timestamp(timestamp[0], (int) timestamp[1]);
            mapper.endRecord();
            Instant time = ((DateTimeType) states.get("device#last-reading")).getInstant();
            assertFalse(time.isBefore(before), () -> timestamp[0] + "/" + timestamp[1] + " -> " + time);
            assertFalse(time.isAfter(Instant.now()), () -> timestamp[0] + "/" + timestamp[1] + " -> " + time);
        }
    }

    @Test
    void ignoresCodesWithoutChannel() {
        frame(ObisCode.key(34, 4), 50_000, ObisCode.parse("1-1:1.4.0*255"), 5, ObisCode.key(11, 4), 3);
        assertEquals(1, states.size(), "only last-reading: " + states.keySet());
    }
}
