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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.openhab.binding.ksem.internal.protocol.GdrDecoder;
import org.openhab.binding.ksem.internal.protocol.GdrVisitor;
import org.openhab.binding.ksem.internal.protocol.MalformedFrameException;
import org.openhab.binding.ksem.internal.protocol.ObisCode;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;

/**
 * Creates exactly the state objects the channel mappers publish for a frame, from raw values extracted beforehand, and
 * nothing else: no decoding, no channel lookup, no publishing. Its allocation per frame is what the published states
 * themselves cost; the binding's own overhead is the decode+map allocation minus this. A test checks that the states
 * equal the ones the mappers publish, in the same order.
 *
 * @author KSEM binding contributors
 */
public final class StatesOnly {

    private StatesOnly() {
    }

    /** The states of one smart-meter frame, in the order {@link MeterChannelMapper} publishes them. */
    public static final class Meter {
        private final MeterQuantity[] quantities;
        private final long[] raws;
        private final long[] netImport;
        private final long[] netExport;
        private final long seconds;
        private final int nanos;

        public Meter(byte[] frame) throws MalformedFrameException {
            Recorder recorder = new Recorder();
            new GdrDecoder().decode(frame, recorder);
            MeterQuantity[] bySlot = new MeterQuantity[256];
            long[] rawBySlot = new long[256];
            boolean[] seen = new boolean[256];
            for (int phase = 0; phase < 4; phase++) {
                for (MeterQuantity quantity : MeterQuantity.values()) {
                    if (quantity.existsIn(phase)) {
                        bySlot[MeterChannelMapper.slot(ObisCode.key(quantity.indicator + 20 * phase, quantity.mode))] = quantity;
                    }
                }
            }
            for (Map.Entry<Long, Long> value : recorder.values) {
                int slot = MeterChannelMapper.slot(value.getKey());
                if (slot >= 0 && bySlot[slot] != null) {
                    rawBySlot[slot] = value.getValue();
                    seen[slot] = true;
                }
            }
            List<MeterQuantity> order = new ArrayList<>();
            List<Long> orderRaws = new ArrayList<>();
            for (int slot = 0; slot < 256; slot++) {
                if (seen[slot]) {
                    order.add(bySlot[slot]);
                    orderRaws.add(rawBySlot[slot]);
                }
            }
            quantities = order.toArray(new MeterQuantity[0]);
            raws = orderRaws.stream().mapToLong(Long::longValue).toArray();
            netImport = new long[4];
            netExport = new long[4];
            for (int phase = 0; phase < 4; phase++) {
                int plus = MeterChannelMapper.slot(ObisCode.key(1 + 20 * phase, 4));
                int minus = MeterChannelMapper.slot(ObisCode.key(2 + 20 * phase, 4));
                if (!seen[plus] || !seen[minus]) {
                    throw new IllegalArgumentException("The frame lacks import or export power of phase " + phase);
                }
                netImport[phase] = rawBySlot[plus];
                netExport[phase] = rawBySlot[minus];
            }
            if (!recorder.hasTimestamp) {
                throw new IllegalArgumentException("The frame has no timestamp");
            }
            seconds = recorder.seconds;
            nanos = recorder.nanos;
        }

        /** @return the number of OBIS values that feed a channel */
        public int mappedValues() {
            return raws.length;
        }

        public void create(Consumer<State> sink) {
            for (int i = 0; i < quantities.length; i++) {
                sink.accept(quantities[i].of(raws[i]));
            }
            for (int phase = 0; phase < 4; phase++) {
                sink.accept(MeterChannelMapper.NET_POWER.of(netImport[phase] - netExport[phase]));
            }
            sink.accept(MeterChannelMapper.READING_TIME.of(MeterChannelMapper.readingMillis(true, seconds, nanos)));
        }
    }

    /** The states of one sumvalues frame, in the order {@link EnergyFlowChannelMapper} publishes them. */
    public static final class EnergyFlow {
        private static final List<String> POWERS = List.of("housePowerTotal", "pvPowerTotal", "batteryPowerTotal",
                "gridPowerTotal", "wallboxPowerTotal", "homeConsumptionPV", "homeConsumptionBattery",
                "homeConsumptionGrid");
        private static final List<Integer> ENERGIES = List.of(1, 2, 65, 67, 68, 74);
        private static final int ENERGY = 0;
        private static final int POWER = 1;
        private static final int NEGATED_POWER = 2;
        private static final int PERCENT = 3;

        private final int[] kinds;
        private final long[] raws;

        public EnergyFlow(byte[] frame) throws MalformedFrameException {
            Recorder recorder = new Recorder();
            new GdrDecoder().decode(frame, recorder);
            List<Integer> kindList = new ArrayList<>();
            List<Long> rawList = new ArrayList<>();
            // GdrDecoder passes all values before all flex values
            for (Map.Entry<Long, Long> value : recorder.values) {
                long obis = value.getKey();
                if ((obis >>> 32) == 0x0100 && (obis & 0xFF_FFFF) == 0x08_00FF
                        && ENERGIES.contains((int) (obis >>> 24) & 0xFF)) {
                    kindList.add(ENERGY);
                    rawList.add(value.getValue());
                }
            }
            for (Map.Entry<String, Long> flex : recorder.flexInts) {
                String key = flex.getKey();
                if (POWERS.contains(key)) {
                    kindList.add("pvPowerTotal".equals(key) ? NEGATED_POWER : POWER);
                    rawList.add(flex.getValue());
                } else if ("systemStateOfCharge".equals(key)) {
                    kindList.add(PERCENT);
                    rawList.add(flex.getValue());
                }
            }
            kinds = kindList.stream().mapToInt(Integer::intValue).toArray();
            raws = rawList.stream().mapToLong(Long::longValue).toArray();
        }

        public int mappedValues() {
            return raws.length;
        }

        public void create(Consumer<State> sink) {
            for (int i = 0; i < kinds.length; i++) {
                long raw = raws[i];
                switch (kinds[i]) {
                    case ENERGY:
                        sink.accept(new QuantityType<>(Readings.unsigned(raw, 6), Units.KILOWATT_HOUR));
                        break;
                    case POWER:
                        sink.accept(new QuantityType<>(Readings.signed(raw, 3), Units.WATT));
                        break;
                    case NEGATED_POWER:
                        sink.accept(new QuantityType<>(Readings.signed(-raw, 3), Units.WATT));
                        break;
                    default:
                        sink.accept(new QuantityType<>(BigDecimal.valueOf(raw), Units.PERCENT));
                        break;
                }
            }
        }
    }

    /** Keeps what a frame contains, in decoder order. */
    static final class Recorder implements GdrVisitor {
        final List<Map.Entry<Long, Long>> values = new ArrayList<>();
        final List<Map.Entry<String, Long>> flexInts = new ArrayList<>();
        boolean hasTimestamp;
        long seconds;
        int nanos;

        @Override
        public void beginRecord(String key) {
        }

        @Override
        public void timestamp(long epochSeconds, int nanoOfSecond) {
            hasTimestamp = true;
            seconds = epochSeconds;
            nanos = nanoOfSecond;
        }

        @Override
        public void value(long obisKey, long value) {
            values.add(Map.entry(obisKey, value));
        }

        @Override
        public void flexInt(String key, long value) {
            flexInts.add(Map.entry(key, value));
        }
    }
}
