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

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ksem.internal.KsemBindingConstants;
import org.openhab.binding.ksem.internal.api.DataStreams;
import org.openhab.binding.ksem.simulator.KsemSimulator;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.State;

/**
 * Soak test of the per-frame path: {@code -Dksem.soak.frames} frames (default 100 000, CI-sized, a few seconds; e.g.
 * {@code mvn -pl bundle test -Dtest=SoakTest -Dksem.soak.frames=20000000} for a long run) go through the binding's
 * {@link LiveStream}s (decoder, channel mappers, publisher with update interval 0, i.e. every value published), each
 * stream on its own thread as on the WebSocket client.
 * The frames are encoded by the simulator exactly as it pushes them ({@link KsemSimulator#encodeFrame(String)}, a
 * fresh model sample each) and fed directly: over loopback WebSockets the simulator reaches about 1 000 frames/s, so
 * 100 000 frames would take minutes; the network path's own resource behaviour is covered by the fault and lifecycle
 * tests. Asserts that heap after GC and thread count stay flat, and every frame is decoded.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class SoakTest {

    private static final long FRAMES = Long.getLong("ksem.soak.frames", 100_000);
    /** Distinct frames per stream; they are replayed in turn. */
    private static final int DISTINCT = 1_000;
    private static final long HEAP_GROWTH_LIMIT = 8L * 1024 * 1024;

    @Test
    void manyFramesKeepHeapAndThreadsFlat() throws Exception {
        KsemSimulator sim = KsemSimulator.builder().build(); // not started: only its models and encoder are used
        List<byte[]> meterFrames = new ArrayList<>();
        List<byte[]> flowFrames = new ArrayList<>();
        for (int i = 0; i < DISTINCT; i++) {
            meterFrames.add(sim.encodeFrame(KsemSimulator.TOPIC_SMART_METER));
            flowFrames.add(sim.encodeFrame(KsemSimulator.TOPIC_ENERGY_FLOW));
        }
        sim.stop();

        AtomicLong published = new AtomicLong();
        ChannelPublisher publisher = new ChannelPublisher(new ChannelPublisher.Target() {
            @Override
            public boolean isLinked(ChannelUID channel) {
                return true;
            }

            @Override
            public void updateState(ChannelUID channel, State state) {
                published.incrementAndGet();
            }
        }, Duration.ZERO, System::nanoTime);
        ThingUID thing = new ThingUID(KsemBindingConstants.THING_TYPE_METER, "soak");
        LiveStream meter = new LiveStream(DataStreams.SMART_METER, new MeterChannelMapper(thing, publisher));
        LiveStream flow = new LiveStream(DataStreams.ENERGY_FLOW, new EnergyFlowChannelMapper(thing, publisher));

        feed(meter, flow, meterFrames, flowFrames, 0, Math.min(FRAMES, 10_000)); // warm up the JIT
        long heapBefore = heapAfterGc();
        Thread.sleep(100); // the warm-up's feeder thread has ended
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        long start = System.nanoTime();
        long perCheckpoint = Math.max(1, FRAMES / 4);
        List<Long> heap = new ArrayList<>();
        for (long done = 0; done < FRAMES; done += perCheckpoint) {
            feed(meter, flow, meterFrames, flowFrames, done, Math.min(perCheckpoint, FRAMES - done));
            heap.add(heapAfterGc());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();

        long warmUp = Math.min(FRAMES, 10_000);
        assertEquals(FRAMES + warmUp, meter.getFrameCount() + flow.getFrameCount(), "every frame decoded");
        assertEquals(0, meter.getMalformedFrameCount() + flow.getMalformedFrameCount());
        assertTrue(published.get() > FRAMES * 10, "values published: " + published.get());
        long growth = heap.get(heap.size() - 1) - heapBefore;
        assertTrue(growth < HEAP_GROWTH_LIMIT, "heap after GC grew by " + growth / 1024 + " KiB over " + FRAMES
                + " frames: " + heapBefore / 1024 + " KiB, then " + heap.stream().map(h -> h / 1024 + " KiB").toList());
        assertTrue(threadsAfter <= threadsBefore, "no thread per frame: " + threadsBefore + " -> " + threadsAfter);
        System.out.println("Soak: " + FRAMES + " frames in " + millis + " ms (" + (FRAMES * 1000 / Math.max(1, millis))
                + " frames/s), heap after GC " + heapBefore / 1024 + " KiB -> " + heap.get(heap.size() - 1) / 1024
                + " KiB");
    }

    /**
     * Feeds frames {@code from .. from + count} (even: smart-meter, odd: energy flow), each stream on a thread of its
     * own as the WebSocket client does (also keeping the stacks short: the units library throws and catches an
     * exception for most quantities, whose cost grows with the stack depth of the calling thread).
     */
    private static void feed(LiveStream meter, LiveStream flow, List<byte[]> meterFrames, List<byte[]> flowFrames,
            long from, long count) throws Exception {
        Thread meterThread = new Thread(() -> feedOne(meter, meterFrames, from, count, 0), "soak-smart-meter");
        Thread flowThread = new Thread(() -> feedOne(flow, flowFrames, from, count, 1), "soak-energy-flow");
        meterThread.start();
        flowThread.start();
        meterThread.join();
        flowThread.join();
    }

    private static void feedOne(LiveStream stream, List<byte[]> frames, long from, long count, int parity) {
        for (long i = from; i < from + count; i++) {
            if (i % 2 == parity) {
                byte[] frame = frames.get((int) (i / 2 % DISTINCT));
                stream.onFrame(frame, 0, frame.length);
            }
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) { // the smallest of a few readings: GC is a request, not a promise
            System.gc();
            Thread.sleep(30);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
