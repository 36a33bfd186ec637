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

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openhab.binding.ksem.internal.KsemBindingConstants;
import org.openhab.binding.ksem.internal.api.DataStreams;
import org.openhab.binding.ksem.internal.protocol.GdrDecoder;
import org.openhab.binding.ksem.simulator.MeterModel;
import org.openhab.binding.ksem.simulator.SimulatorFrames;
import org.openhab.binding.ksem.simulator.proto.GDRs;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.State;

/**
 * The benchmarks compare like with like: the simulator's meter frame carries all 59 OBIS values, and the binding's
 * path, the protobuf-java baseline and the states-only variant produce the same states in the same order.
 *
 * @author KSEM binding contributors
 */
class FramesAgreeTest {

    private record Update(ChannelUID channel, State state) {
    }

    private static final class Recording implements ChannelPublisher.Target {
        final List<Update> updates = new ArrayList<>();

        @Override
        public boolean isLinked(ChannelUID channel) {
            return true;
        }

        @Override
        public void updateState(ChannelUID channel, State state) {
            updates.add(new Update(channel, state));
        }
    }

    private final ThingUID thing = new ThingUID(KsemBindingConstants.THING_TYPE_METER, "bench");
    private final SimulatorFrames.Frames frames = SimulatorFrames.sample();

    @Test
    void theMeterFrameCarriesAll59ObisValues() throws Exception {
        StatesOnly.Recorder recorder = new StatesOnly.Recorder();
        new GdrDecoder().decode(frames.meter(), recorder);
        Set<Long> keys = new HashSet<>();
        recorder.values.forEach(value -> keys.add(value.getKey()));
        assertEquals(59, recorder.values.size());
        assertEquals(Set.copyOf(MeterModel.obisCodes()), keys);
        assertEquals(59, new StatesOnly.Meter(frames.meter()).mappedValues(), "every value feeds a channel");
    }

    @Test
    void meterPathsAgree() throws Exception {
        Recording binding = new Recording();
        assertTrue(new LiveStream(DataStreams.SMART_METER, new MeterChannelMapper(thing, publisher(binding)))
                .onFrame(frames.meter(), 0, frames.meter().length));
        Recording baseline = new Recording();
        assertEquals(1, ProtobufJavaReplay.replay(GDRs.parseFrom(frames.meter()),
                new MeterChannelMapper(thing, publisher(baseline))));
        assertEquals(59 + 4 + 1, binding.updates.size(), "59 values, 4 net powers, last reading");
        assertEquals(binding.updates, baseline.updates);

        List<State> states = new ArrayList<>();
        new StatesOnly.Meter(frames.meter()).create(states::add);
        assertEquals(binding.updates.stream().map(Update::state).toList(), states);
    }

    @Test
    void energyFlowPathsAgree() throws Exception {
        Recording binding = new Recording();
        assertTrue(new LiveStream(DataStreams.ENERGY_FLOW, new EnergyFlowChannelMapper(thing, publisher(binding)))
                .onFrame(frames.energyFlow(), 0, frames.energyFlow().length));
        Recording baseline = new Recording();
        ProtobufJavaReplay.replay(GDRs.parseFrom(frames.energyFlow()),
                new EnergyFlowChannelMapper(thing, publisher(baseline)));
        assertEquals(15, binding.updates.size(), "9 flex values and 6 counters have a channel");
        // protobuf-java keeps map entries in wire order as well, so even the order agrees
        assertEquals(binding.updates, baseline.updates);

        List<State> states = new ArrayList<>();
        new StatesOnly.EnergyFlow(frames.energyFlow()).create(states::add);
        assertEquals(binding.updates.stream().map(Update::state).toList(), states);
    }

    @Test
    void wholeUnitFramesKeepTheKeysAndGiveIntegralQuantities() throws Exception {
        SimulatorFrames.Frames whole = SimulatorFrames.sample(true);
        StatesOnly.Recorder recorder = new StatesOnly.Recorder();
        new GdrDecoder().decode(whole.meter(), recorder);
        assertEquals(59, recorder.values.size());

        Recording meter = new Recording();
        new LiveStream(DataStreams.SMART_METER, new MeterChannelMapper(thing, publisher(meter))).onFrame(whole.meter(),
                0, whole.meter().length);
        Recording flow = new Recording();
        new LiveStream(DataStreams.ENERGY_FLOW, new EnergyFlowChannelMapper(thing, publisher(flow)))
                .onFrame(whole.energyFlow(), 0, whole.energyFlow().length);
        assertEquals(64, meter.updates.size());
        assertEquals(15, flow.updates.size());
        List<Update> all = new ArrayList<>(meter.updates);
        all.addAll(flow.updates);
        for (Update update : all) {
            if (update.state() instanceof QuantityType<?> quantity) {
                assertTrue(quantity.toBigDecimal().stripTrailingZeros().scale() <= 0,
                        update.channel() + " = " + quantity);
            }
        }
        List<State> meterStates = new ArrayList<>();
        new StatesOnly.Meter(whole.meter()).create(meterStates::add);
        assertEquals(meter.updates.stream().map(Update::state).toList(), meterStates);
        List<State> flowStates = new ArrayList<>();
        new StatesOnly.EnergyFlow(whole.energyFlow()).create(flowStates::add);
        assertEquals(flow.updates.stream().map(Update::state).toList(), flowStates);
    }

    private static ChannelPublisher publisher(Recording target) {
        return new ChannelPublisher(target, Duration.ZERO, System::nanoTime);
    }
}
