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
package org.openhab.binding.ksem.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.openhab.binding.ksem.internal.KsemBindingConstants;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingUID;

/**
 * The loopback harnesses, each run in a JVM of its own by {@link BenchmarkMain} (the "openHAB" JVM; the simulators
 * run in a {@link SimulatorFarm} JVM). They print progress on stderr and figures on stdout as
 * {@code RESULT key=value} lines.
 *
 * <pre>
 * HarnessMain e2e|stream|meters quick|full
 * </pre>
 *
 * @author KSEM binding contributors
 */
public final class HarnessMain {

    static final String LAST_READING = KsemBindingConstants.CHANNEL_LAST_READING;
    static final String DEVICE = KsemBindingConstants.GROUP_DEVICE;

    private HarnessMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: HarnessMain e2e|stream|meters quick|full");
            System.exit(2);
        }
        boolean full = "full".equals(args[1]);
        switch (args[0]) {
            case "e2e" -> endToEnd(full);
            case "stream" -> streaming(full);
            case "meters" -> tenMeters(full);
            default -> {
                System.err.println("unknown harness " + args[0]);
                System.exit(2);
            }
        }
        System.exit(0);
    }

    // --- end to end latency ---

    /**
     * From the simulator sampling a smart-meter frame to {@code ThingHandlerCallback.stateUpdated} of that frame's last
     * channel, {@code device#last-reading}. That state carries the frame's GDR timestamp, which the simulator sets
     * when it samples the frame, just before encoding and sending it: latency = wall clock in the callback minus
     * the timestamp in the state (both processes read the same system clock). No simulator hook is needed; the
     * figure includes the simulator's own encode and send time, so it slightly overstates the binding's share.
     * <p>
     * A first meter on a first simulator warms up both JVMs (JIT) at the same rate and is disposed; the measured
     * meter then connects to a second simulator, so that no backlog from the cold start is carried into the figures.
     */
    static void endToEnd(boolean full) throws Exception {
        Duration warmup = Duration.ofSeconds(full ? 30 : 15);
        int skip = 1_000;
        int frames = full ? 60_000 : 10_000;
        long intervalMillis = 2;
        long[] latencies = new long[frames];
        AtomicInteger seen = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        ThingUID uid = new ThingUID(KsemBindingConstants.THING_TYPE_METER, "e2e");
        ChannelUID lastReading = new ChannelUID(uid, DEVICE, LAST_READING);

        try (FarmClient farm = new FarmClient(true, intervalMillis, intervalMillis);
                OpenHabRig rig = new OpenHabRig()) {
            progress("e2e: warm-up %d s, then %d frames (after %d skipped) at a simulator interval of %d ms",
                    warmup.toSeconds(), frames, skip, intervalMillis);
            FarmClient.Device warmupDevice = farm.devices().get(0);
            try (OpenHabRig.Meter warm = rig.startMeter("warmup", warmupDevice.port(), warmupDevice.credential(),
                    true, (c, s) -> {
                    })) {
                warm.awaitUpdates(warm.channel(DEVICE, LAST_READING), 1, Duration.ofSeconds(30));
                Thread.sleep(warmup.toMillis());
            }
            Thread.sleep(1000);
            FarmClient.Device device = farm.devices().get(1);
            OpenHabRig.Meter meter = rig.startMeter("e2e", device.port(), device.credential(), true,
                    (channel, state) -> {
                        if (state instanceof DateTimeType time && channel.equals(lastReading)) {
                            Instant now = Instant.now();
                            int n = seen.incrementAndGet() - skip;
                            if (n > 0 && n <= frames) {
                                Instant sent = time.getInstant();
                                latencies[n - 1] = (now.getEpochSecond() - sent.getEpochSecond()) * 1_000_000_000L
                                        + now.getNano() - sent.getNano();
                                if (n == frames) {
                                    done.countDown();
                                }
                            }
                        }
                    });
            try {
                meter.awaitUpdates(lastReading, 1, Duration.ofSeconds(30));
                while (seen.get() < skip) {
                    Thread.sleep(1);
                }
                FarmClient.Stats before = farm.stats().get(1);
                int seenBefore = seen.get();
                long start = System.nanoTime();
                if (!done.await(frames * intervalMillis * 5 + 60_000, TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("Only " + (seen.get() - skip) + " of " + frames + " frames arrived");
                }
                long wall = System.nanoTime() - start;
                FarmClient.Stats window = farm.stats().get(1).minus(before);
                int received = seen.get() - seenBefore;
                Arrays.sort(latencies);
                result("e2e.frames", frames);
                result("e2e.intervalMs", intervalMillis);
                result("e2e.rateHz", String.format("%.0f", frames / (wall / 1e9)));
                result("e2e.p50us", micros(percentile(latencies, 50)));
                result("e2e.p90us", micros(percentile(latencies, 90)));
                result("e2e.p99us", micros(percentile(latencies, 99)));
                result("e2e.p999us", micros(percentile(latencies, 99.9)));
                result("e2e.maxus", micros(latencies[latencies.length - 1]));
                result("e2e.minus", micros(latencies[0]));
                result("e2e.meanus", micros(Arrays.stream(latencies).sum() / latencies.length));
                // frames pushed by the simulator vs. frames that reached the last channel, over the same moments
                result("e2e.sentInWindow", window.meterFrames());
                result("e2e.receivedInWindow", received);
            } finally {
                meter.close();
            }
        }
    }

    // --- CPU and allocation of a stream, REST calls and logins ---

    /**
     * One meter with a password (a device without token requests, so the login is exercised) at 100 frames/s per
     * stream: CPU and allocation of the openHAB JVM per frame pair (one smart-meter and one sumvalues frame), scaled
     * to an hour at 1 Hz; REST calls and logins while streaming. The full run adds a real 1 Hz run.
     */
    static void streaming(boolean full) throws Exception {
        long fastInterval = 10;
        Duration warmup = Duration.ofSeconds(full ? 15 : 10);
        Duration window = Duration.ofSeconds(full ? 60 : 30);
        Duration slowWindow = Duration.ofSeconds(130);
        try (FarmClient farm = new FarmClient(false, fastInterval, 1000); OpenHabRig rig = new OpenHabRig()) {
            long runStart = System.nanoTime();
            FarmClient.Device fast = farm.devices().get(0);
            progress("stream: %d ms frame interval, %d s warm-up, %d s measured", fastInterval, warmup.toSeconds(),
                    window.toSeconds());
            Streamed fastRun = streamOnce(rig, farm, fast, "stream", warmup, window);
            long runSeconds = (System.nanoTime() - runStart) / 1_000_000_000L;
            report("stream", fastRun);
            result("stream.intervalMs", fastInterval);
            result("stream.loginsWholeRun", farm.stats().get(0).logins());
            result("stream.runSeconds", runSeconds);
            result("stream.loginLifetimeSeconds", 604_800); // the simulator's default expires_in of a login

            if (full) {
                FarmClient.Device slow = farm.devices().get(1);
                progress("stream: real 1 Hz run, %d s measured", slowWindow.toSeconds());
                Streamed slowRun = streamOnce(rig, farm, slow, "slow", Duration.ofSeconds(15), slowWindow);
                report("stream1hz", slowRun);
            }
        }
    }

    private record Streamed(JvmProbe.Use use, long meterFrames, long flowFrames, long states,
            FarmClient.Stats device) {
    }

    private static Streamed streamOnce(OpenHabRig rig, FarmClient farm, FarmClient.Device device, String id,
            Duration warmup, Duration window) throws Exception {
        OpenHabRig.Meter meter = rig.startMeter(id, device.port(), device.credential(), false, (c, s) -> {
        });
        try {
            ChannelUID lastReading = meter.channel(DEVICE, LAST_READING);
            ChannelUID homePower = meter.channel(KsemBindingConstants.GROUP_ENERGY_FLOW, "home-power");
            meter.awaitUpdates(lastReading, 1, Duration.ofSeconds(30));
            Thread.sleep(warmup.toMillis());
            FarmClient.Stats deviceBefore = farm.stats().get(device.index());
            long meterBefore = meter.callback.count(lastReading);
            long flowBefore = meter.callback.count(homePower);
            long statesBefore = meter.callback.states();
            JvmProbe.Snapshot before = JvmProbe.snapshot();
            Thread.sleep(window.toMillis());
            JvmProbe.Snapshot after = JvmProbe.snapshot();
            long meterFrames = meter.callback.count(lastReading) - meterBefore;
            long flowFrames = meter.callback.count(homePower) - flowBefore;
            long states = meter.callback.states() - statesBefore;
            FarmClient.Stats deviceWindow = farm.stats().get(device.index()).minus(deviceBefore);
            return new Streamed(after.since(before), meterFrames, flowFrames, states, deviceWindow);
        } finally {
            meter.close();
        }
    }

    private static void report(String prefix, Streamed run) {
        JvmProbe.Use use = run.use();
        double seconds = use.wallNanos() / 1e9;
        long pairs = Math.max(1, Math.min(run.meterFrames(), run.flowFrames()));
        result(prefix + ".windowSeconds", String.format("%.1f", seconds));
        result(prefix + ".meterFrames", run.meterFrames());
        result(prefix + ".flowFrames", run.flowFrames());
        result(prefix + ".statesPerPair", String.format("%.1f", run.states() / (double) pairs));
        result(prefix + ".processCpuUsPerPair", String.format("%.1f", use.processCpuNanos() / 1e3 / pairs));
        result(prefix + ".threadCpuUsPerPair", String.format("%.1f", use.threadCpuNanos() / 1e3 / pairs));
        result(prefix + ".allocKiBPerPair", String.format("%.1f", use.allocatedBytes() / 1024.0 / pairs));
        // an hour at 1 Hz is 3600 frame pairs
        result(prefix + ".processCpuSecondsPerHour", String.format("%.3f", use.processCpuNanos() / 1e9 / pairs * 3600));
        result(prefix + ".threadCpuSecondsPerHour", String.format("%.3f", use.threadCpuNanos() / 1e9 / pairs * 3600));
        result(prefix + ".allocMiBPerHour", String.format("%.1f", use.allocatedBytes() / 1048576.0 / pairs * 3600));
        result(prefix + ".gcMillis", use.gcMillis());
        result(prefix + ".gcCount", use.gcCount());
        result(prefix + ".restCalls", run.device().restCalls());
        result(prefix + ".healthCalls", run.device().healthCalls());
        result(prefix + ".restOtherCalls", run.device().restCalls() - run.device().healthCalls());
        result(prefix + ".restPerMinute", String.format("%.2f", run.device().restCalls() / seconds * 60));
        result(prefix + ".loginsInWindow", run.device().logins());
    }

    // --- ten meters ---

    /**
     * Ten meters in one openHAB JVM, sharing openHAB's clients and thread pools, each streaming at the device's
     * normal 1 Hz with an access token: threads, heap after GC, sockets and RSS with none, one and ten meters.
     */
    static void tenMeters(boolean full) throws Exception {
        int count = 10;
        Duration window = Duration.ofSeconds(full ? 65 : 20);
        long[] intervals = new long[count];
        Arrays.fill(intervals, 1000);
        try (FarmClient farm = new FarmClient(true, intervals); OpenHabRig rig = new OpenHabRig()) {
            Set<Integer> ports = new HashSet<>();
            farm.devices().forEach(d -> ports.add(d.port()));
            Thread.sleep(1000);
            Footprint none = Footprint.take(ports);
            progress("meters: starting 1 meter");
            List<OpenHabRig.Meter> meters = new ArrayList<>();
            try {
                meters.add(start(rig, farm.devices().get(0)));
                awaitFrames(meters, 3);
                Thread.sleep(2000);
                Footprint one = Footprint.take(ports);
                progress("meters: starting %d more", count - 1);
                for (int i = 1; i < count; i++) {
                    meters.add(start(rig, farm.devices().get(i)));
                }
                awaitFrames(meters, 3);
                List<FarmClient.Stats> before = farm.stats();
                long[] framesBefore = meters.stream().mapToLong(m -> m.callback.count(m.channel(DEVICE, LAST_READING)))
                        .toArray();
                progress("meters: %d meters streaming, %d s measured", count, window.toSeconds());
                long start = System.nanoTime();
                Thread.sleep(window.toMillis());
                double seconds = (System.nanoTime() - start) / 1e9;
                List<FarmClient.Stats> after = farm.stats();
                Footprint ten = Footprint.take(ports);
                long rest = 0;
                long health = 0;
                long logins = 0;
                long frames = 0;
                for (int i = 0; i < count; i++) {
                    FarmClient.Stats delta = after.get(i).minus(before.get(i));
                    rest += delta.restCalls();
                    health += delta.healthCalls();
                    logins += after.get(i).logins();
                    OpenHabRig.Meter m = meters.get(i);
                    frames += m.callback.count(m.channel(DEVICE, LAST_READING)) - framesBefore[i];
                }
                result("meters.count", count);
                none.report("meters.none");
                one.report("meters.one");
                ten.report("meters.ten");
                result("meters.newThreadsOne", difference(none.threadNames, one.threadNames));
                result("meters.newThreadsTen", difference(one.threadNames, ten.threadNames));
                result("meters.windowSeconds", String.format("%.1f", seconds));
                result("meters.framesPerMeterPerSecond", String.format("%.2f", frames / (double) count / seconds));
                result("meters.restCalls", rest);
                result("meters.restOtherCalls", rest - health);
                result("meters.restPerMeterPerMinute", String.format("%.2f", rest / (double) count / seconds * 60));
                result("meters.logins", logins);
            } finally {
                meters.forEach(OpenHabRig.Meter::close);
            }
        }
    }

    private static OpenHabRig.Meter start(OpenHabRig rig, FarmClient.Device device) {
        return rig.startMeter("m" + device.index(), device.port(), device.credential(), true, (c, s) -> {
        });
    }

    private static void awaitFrames(List<OpenHabRig.Meter> meters, int frames) throws InterruptedException {
        for (OpenHabRig.Meter meter : meters) {
            meter.awaitUpdates(meter.channel(DEVICE, LAST_READING), frames, Duration.ofSeconds(60));
        }
    }

    /** Threads, heap after GC, sockets and RSS of this JVM at one moment. */
    private record Footprint(List<String> threadNames, long heapBytes, long committedBytes, int sockets,
            int meterConnections, long residentKib) {

        static Footprint take(Set<Integer> ports) throws InterruptedException {
            long heap = JvmProbe.heapAfterGc();
            return new Footprint(JvmProbe.threadNames(), heap, JvmProbe.heapCommitted(), JvmProbe.openSockets(),
                    JvmProbe.connectionsTo(ports), JvmProbe.residentKib());
        }

        void report(String prefix) {
            result(prefix + ".threads", threadNames.size());
            result(prefix + ".heapKiB", heapBytes / 1024);
            result(prefix + ".committedKiB", committedBytes / 1024);
            result(prefix + ".sockets", sockets);
            result(prefix + ".meterConnections", meterConnections);
            result(prefix + ".rssKiB", residentKib);
            result(prefix + ".threadGroups", JvmProbe.threadGroups(threadNames).toString());
        }
    }

    /** The thread groups of {@code after} that have more members than in {@code before}. */
    private static String difference(List<String> before, List<String> after) {
        Map<String, Integer> old = JvmProbe.threadGroups(before);
        List<String> grown = new ArrayList<>();
        JvmProbe.threadGroups(after).forEach((group, n) -> {
            int was = old.getOrDefault(group, 0);
            if (n > was) {
                grown.add(group + " +" + (n - was));
            }
        });
        old.forEach((group, n) -> {
            if (!JvmProbe.threadGroups(after).containsKey(group)) {
                grown.add(group + " -" + n);
            }
        });
        return grown.isEmpty() ? "none" : String.join(", ", grown);
    }

    // --- output ---

    static long percentile(long[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String micros(long nanos) {
        return String.format("%.1f", nanos / 1000.0);
    }

    static void result(String key, Object value) {
        System.out.println("RESULT " + key + "=" + value);
        System.out.flush();
    }

    static void progress(String format, Object... args) {
        System.err.println("  .. " + String.format(format, args));
    }
}
