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

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.openhab.binding.ksem.internal.KsemBindingConstants;
import org.openhab.binding.ksem.internal.api.DataStreams;
import org.openhab.binding.ksem.internal.protocol.GdrDecoder;
import org.openhab.binding.ksem.internal.protocol.GdrVisitor;
import org.openhab.binding.ksem.internal.protocol.MalformedFrameException;
import org.openhab.binding.ksem.simulator.SimulatorFrames;
import org.openhab.binding.ksem.simulator.proto.GDRs;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.State;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import com.google.protobuf.InvalidProtocolBufferException;

/**
 * One smart-meter frame (all 59 OBIS values of api §3.4) and one sumvalues frame, as the simulator encodes them, turned
 * into channel states:
 * <ul>
 * <li>{@code *Binding}: the binding's real path, {@link LiveStream} ({@link GdrDecoder}) into
 * {@link MeterChannelMapper} / {@link EnergyFlowChannelMapper} into a {@link ChannelPublisher} with interval 0 whose
 * target has every channel linked and hands each state to a blackhole;</li>
 * <li>{@code *ProtobufJava}: the baseline, the same bytes parsed by protobuf-java's generated classes and handed to
 * the same mappers and publisher ({@link ProtobufJavaReplay}): same mapping, same state objects;</li>
 * <li>{@code *StatesOnly}: only the state objects of that frame ({@link StatesOnly}), to separate what the published
 * states cost from what the binding adds;</li>
 * <li>{@code *DecodeOnly*}: both parsers into a visitor that only sums the values (no states);</li>
 * <li>{@code *WholeUnits}: the binding and states-only on frames whose values are whole units (see
 * {@link SimulatorFrames#sample(boolean)}): the states then cost the same wherever they are made, so that binding
 * minus states-only is exactly what the binding allocates beyond the states.</li>
 * </ul>
 * Run with {@code -prof gc}: {@code gc.alloc.rate.norm} is bytes allocated per frame.
 *
 * @author KSEM binding contributors
 */
@org.openjdk.jmh.annotations.State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FrameBenchmarks {

    private static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(new KsemMeterConfiguration().updateInterval);
    private static final long FRAME_NANOS = Duration.ofSeconds(1).toNanos();

    // set up in setUp(); JMH creates the state with the no-argument constructor
    private byte[] meterFrame;
    private byte[] flowFrame;
    private LiveStream meterStream;
    private LiveStream flowStream;
    private MeterChannelMapper meterMapper;
    private EnergyFlowChannelMapper flowMapper;
    private StatesOnly.Meter meterStates;
    private StatesOnly.EnergyFlow flowStates;
    private byte[] wholeMeterFrame;
    private byte[] wholeFlowFrame;
    private LiveStream wholeMeterStream;
    private LiveStream wholeFlowStream;
    private StatesOnly.Meter wholeMeterStates;
    private StatesOnly.EnergyFlow wholeFlowStates;
    private Consumer<State> stateSink;
    private final GdrDecoder meterSinkDecoder = new GdrDecoder();
    private final GdrDecoder flowSinkDecoder = new GdrDecoder();
    private final Sink sink = new Sink();
    // the default update interval with the device's 1 s frame rate, on a clock that frames move forward
    private LiveStream throttledMeterStream;
    private LiveStream throttledFlowStream;
    private ChannelPublisher throttledPublisher;
    private long throttledClock;

    /** Where the binding's states go: every channel linked, every state consumed. */
    public static final class BlackholeTarget implements ChannelPublisher.Target {
        private final Blackhole blackhole;

        public BlackholeTarget(Blackhole blackhole) {
            this.blackhole = blackhole;
        }

        @Override
        public boolean isLinked(ChannelUID channel) {
            return true;
        }

        @Override
        public void updateState(ChannelUID channel, State state) {
            blackhole.consume(state);
        }
    }

    /** A visitor that reads every value and allocates nothing. */
    public static final class Sink implements GdrVisitor {
        long sum;

        @Override
        public void beginRecord(String key) {
            sum += key.length();
        }

        @Override
        public void timestamp(long epochSeconds, int nanos) {
            sum += epochSeconds + nanos;
        }

        @Override
        public void value(long obisKey, long value) {
            sum += obisKey ^ value;
        }

        @Override
        public void flexInt(String key, long value) {
            sum += key.length() + value;
        }

        @Override
        public void flexString(String key, String value) {
            sum += key.length() + value.length();
        }
    }

    @Setup(Level.Trial)
    public void setUp(Blackhole blackhole) throws MalformedFrameException {
        SimulatorFrames.Frames frames = SimulatorFrames.sample();
        meterFrame = frames.meter();
        flowFrame = frames.energyFlow();
        ThingUID thing = new ThingUID(KsemBindingConstants.THING_TYPE_METER, "bench");
        ChannelPublisher publisher = new ChannelPublisher(new BlackholeTarget(blackhole), Duration.ZERO,
                System::nanoTime);
        meterMapper = new MeterChannelMapper(thing, publisher);
        flowMapper = new EnergyFlowChannelMapper(thing, publisher);
        meterStream = new LiveStream(DataStreams.SMART_METER, meterMapper);
        flowStream = new LiveStream(DataStreams.ENERGY_FLOW, flowMapper);
        meterStates = new StatesOnly.Meter(meterFrame);
        flowStates = new StatesOnly.EnergyFlow(flowFrame);
        stateSink = blackhole::consume;

        SimulatorFrames.Frames whole = SimulatorFrames.sample(true);
        wholeMeterFrame = whole.meter();
        wholeFlowFrame = whole.energyFlow();
        wholeMeterStream = new LiveStream(DataStreams.SMART_METER, new MeterChannelMapper(thing, publisher));
        wholeFlowStream = new LiveStream(DataStreams.ENERGY_FLOW, new EnergyFlowChannelMapper(thing, publisher));
        wholeMeterStates = new StatesOnly.Meter(wholeMeterFrame);
        wholeFlowStates = new StatesOnly.EnergyFlow(wholeFlowFrame);
        throttledPublisher = new ChannelPublisher(new BlackholeTarget(blackhole), DEFAULT_INTERVAL,
                () -> throttledClock);
        throttledMeterStream = new LiveStream(DataStreams.SMART_METER, new MeterChannelMapper(thing, throttledPublisher));
        throttledFlowStream = new LiveStream(DataStreams.ENERGY_FLOW,
                new EnergyFlowChannelMapper(thing, throttledPublisher));
        if (!meterStream.onFrame(meterFrame, 0, meterFrame.length)
                || !flowStream.onFrame(flowFrame, 0, flowFrame.length)) {
            throw new IllegalStateException("The binding rejected the simulator's frames");
        }
    }

    // --- smart-meter frame ---

    @Benchmark
    public boolean meterBinding() {
        return meterStream.onFrame(meterFrame, 0, meterFrame.length);
    }

    @Benchmark
    public int meterProtobufJava() throws InvalidProtocolBufferException {
        return ProtobufJavaReplay.replay(GDRs.parseFrom(meterFrame), meterMapper);
    }

    @Benchmark
    public void meterStatesOnly() {
        meterStates.create(stateSink);
    }

    @Benchmark
    public long meterDecodeOnlyBinding() throws MalformedFrameException {
        meterSinkDecoder.decode(meterFrame, sink);
        return sink.sum;
    }

    @Benchmark
    public long meterDecodeOnlyProtobufJava() throws InvalidProtocolBufferException {
        ProtobufJavaReplay.replay(GDRs.parseFrom(meterFrame), sink);
        return sink.sum;
    }

    @Benchmark
    public boolean meterBindingWholeUnits() {
        return wholeMeterStream.onFrame(wholeMeterFrame, 0, wholeMeterFrame.length);
    }

    /** One frame a second at the default update interval (5 s): one frame in five publishes, as in production. */
    @Benchmark
    public boolean meterBindingDefaultInterval() {
        return nextSecond(throttledMeterStream, meterFrame);
    }

    /** One second later on the throttled publisher's clock: the frame, then the periodic flush. */
    private boolean nextSecond(LiveStream stream, byte[] frame) {
        throttledClock += FRAME_NANOS;
        boolean valid = stream.onFrame(frame, 0, frame.length);
        throttledPublisher.flush();
        return valid;
    }

    @Benchmark
    public void meterStatesOnlyWholeUnits() {
        wholeMeterStates.create(stateSink);
    }

    // --- sumvalues frame ---

    @Benchmark
    public boolean energyFlowBinding() {
        return flowStream.onFrame(flowFrame, 0, flowFrame.length);
    }

    @Benchmark
    public int energyFlowProtobufJava() throws InvalidProtocolBufferException {
        return ProtobufJavaReplay.replay(GDRs.parseFrom(flowFrame), flowMapper);
    }

    @Benchmark
    public void energyFlowStatesOnly() {
        flowStates.create(stateSink);
    }

    @Benchmark
    public boolean energyFlowBindingWholeUnits() {
        return wholeFlowStream.onFrame(wholeFlowFrame, 0, wholeFlowFrame.length);
    }

    /** As {@link #meterBindingDefaultInterval()}. */
    @Benchmark
    public boolean energyFlowBindingDefaultInterval() {
        return nextSecond(throttledFlowStream, flowFrame);
    }

    @Benchmark
    public void energyFlowStatesOnlyWholeUnits() {
        wholeFlowStates.create(stateSink);
    }

    @Benchmark
    public long energyFlowDecodeOnlyBinding() throws MalformedFrameException {
        flowSinkDecoder.decode(flowFrame, sink);
        return sink.sum;
    }

    @Benchmark
    public long energyFlowDecodeOnlyProtobufJava() throws InvalidProtocolBufferException {
        ProtobufJavaReplay.replay(GDRs.parseFrom(flowFrame), sink);
        return sink.sum;
    }
}
