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

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Real frames from the simulator's own encoder, without a network: the bytes a started simulator would push on its
 * two value topics at this moment (the same sample models, the same {@code GdrFrameEncoder}, the same source ids and
 * config UUIDs, zero values left out as the device does). Lives in the simulator's package because the encoder is
 * package-private there.
 *
 * @author KSEM binding contributors
 */
public final class SimulatorFrames {

    /** A smart-meter frame and a sumvalues frame sampled together. */
    public record Frames(byte[] meter, byte[] energyFlow, GdrSample meterSample, GdrSample energyFlowSample) {
    }

    private SimulatorFrames() {
    }

    /** Samples a fresh (never started) simulator with default settings and encodes one frame per topic. */
    public static Frames sample() {
        return sample(false);
    }

    /**
     * @param wholeUnits true: every value is first rounded to whole W, var, VA, A, V, Hz and kWh (power factors and the
     *            state of charge stay as they are) and pinned, so that the frame has the same keys and about the same
     *            values, but every state the binding makes from it has an integral value. openHAB's unit library
     *            (indriya) throws and catches an {@code ArithmeticException} for every non-integral quantity it
     *            creates, and that exception's stack trace makes the states' allocation depend on the call depth;
     *            with whole units the states cost the same wherever they are made.
     */
    public static Frames sample(boolean wholeUnits) {
        KsemSimulator sim = KsemSimulator.builder().build();
        try {
            if (wholeUnits) {
                sim.meter().sample().values().forEach((code, raw) -> {
                    if (Obis.indicator(code) % 20 != Obis.POWER_FACTOR) {
                        sim.meter().setValue(code, round(raw, Obis.mode(code) == Obis.MODE_INTEGRAL ? 1_000_000 : 1000));
                    }
                });
                GdrSample flow = sim.energyFlow().sample();
                flow.values().forEach((code, raw) -> sim.energyFlow().setValue(code,
                        round(raw, Obis.mode(code) == Obis.MODE_INTEGRAL ? 1_000_000 : 1000)));
                flow.flexValues().forEach((key, raw) -> {
                    if (!EnergyFlowModel.SYSTEM_STATE_OF_CHARGE.equals(key)) {
                        sim.energyFlow().setFlex(key, round(raw, 1000));
                    }
                });
            }
            String serial = sim.device().serial();
            GdrSample meter = sim.meter().sample();
            GdrSample flow = sim.energyFlow().sample();
            byte[] meterFrame = GdrFrameEncoder.encode(KsemSimulator.TOPIC_SMART_METER, meter,
                    configUuid(serial, KsemSimulator.TOPIC_SMART_METER), true);
            byte[] flowFrame = GdrFrameEncoder.encode(KsemSimulator.TOPIC_ENERGY_FLOW, flow,
                    configUuid(serial, KsemSimulator.TOPIC_ENERGY_FLOW), true);
            return new Frames(meterFrame, flowFrame, meter, flow);
        } finally {
            sim.stop();
        }
    }

    private static long round(long raw, long unit) {
        return Math.round(raw / (double) unit) * unit;
    }

    /** As the simulator names the configuration of a topic. */
    private static String configUuid(String serial, String topic) {
        return UUID.nameUUIDFromBytes((serial + "/" + topic).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
