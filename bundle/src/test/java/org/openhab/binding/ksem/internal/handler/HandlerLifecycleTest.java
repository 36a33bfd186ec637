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
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ksem.internal.api.TlsProviderRegistrar;
import org.openhab.binding.ksem.simulator.KsemSimulator;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.types.RefreshType;

/**
 * The handler's lifecycle under pressure: dispose returns at once even while a connect is stuck at a stalled device;
 * dispose is idempotent; fifty quick initialize/dispose cycles and concurrent commands, thing updates and
 * configuration updates leave exactly one working session, and no thread, socket or scheduled job behind.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class HandlerLifecycleTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration SETTLE = Duration.ofSeconds(15); // pools shrink one idle thread at a time
    /**
     * Far below what a blocking dispose would take (the 3 s request timeout, the 20 s stall), far above a scheduling
     * hiccup on a busy host.
     */
    private static final long DISPOSE_BOUND_MILLIS = 1000;

    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    private KsemSimulator simulator() {
        KsemSimulator sim = KsemSimulator.builder().password("secret").frameInterval(Duration.ofMillis(100)).build();
        sim.start();
        closeables.add(sim::stop);
        return sim;
    }

    private MeterHarness harness(KsemSimulator sim) throws Exception {
        String token = sim.tokens().createAuthorised("lifecycle tests", "api", null).token();
        MeterHarness h = new MeterHarness(
                Map.of("hostname", "127.0.0.1:" + sim.port(), "accessToken", token, "updateInterval", BigDecimal.ZERO),
                MeterHarness.FAST, Leaks.newHttpClient(null), TlsProviderRegistrar.NONE);
        closeables.add(h);
        Leaks.warmUp(h, sim.baseUri());
        return h;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void disposeReturnsAtOnceWhileAConnectIsStalled() throws Exception {
        KsemSimulator sim = simulator();
        MeterHarness h = harness(sim);
        Leaks.Baseline baseline = Leaks.baseline(sim, h);
        sim.faults().stall(Duration.ofSeconds(20));
        h.initialize();
        MeterHarness.waitFor(() -> sim.stats().restCalls("/api/device-settings") == 1, WAIT,
                () -> "the connect waits for the stalled device");
        Thread.sleep(100); // well inside the blocking call

        long start = System.nanoTime();
        h.handler.dispose();
        long first = millisSince(start);
        start = System.nanoTime();
        h.handler.dispose();
        long second = millisSince(start);
        assertTrue(first < DISPOSE_BOUND_MILLIS, "dispose took " + first + " ms while the connect was stalled");
        assertTrue(second < DISPOSE_BOUND_MILLIS, "the second dispose took " + second + " ms");

        sim.faults().endStall();
        Thread.sleep(300);
        assertEquals(ThingStatus.UNKNOWN, h.lastStatus().getStatus(), "nothing is reported after dispose");
        Leaks.assertBackToBaseline(baseline, sim, h, SETTLE);
    }

    @Test
    void fiftyQuickInitializeDisposeCyclesLeaveNothingBehind() throws Exception {
        KsemSimulator sim = simulator();
        MeterHarness h = harness(sim);
        Leaks.Baseline baseline = Leaks.baseline(sim, h);
        long slowest = 0;
        for (int i = 0; i < 50; i++) {
            h.handler.initialize();
            Thread.sleep(ThreadLocalRandom.current().nextInt(25)); // sometimes mid-connect, sometimes streaming
            long start = System.nanoTime();
            h.handler.dispose();
            slowest = Math.max(slowest, millisSince(start));
        }
        assertTrue(slowest < DISPOSE_BOUND_MILLIS, "slowest dispose: " + slowest + " ms");
        Leaks.assertBackToBaseline(baseline, sim, h, SETTLE);

        h.handler.initialize(); // and it still works
        h.awaitStatus(s -> s.getStatus() == ThingStatus.ONLINE, WAIT);
        MeterHarness.waitFor(() -> sim.stats().openWebSockets() == 2, WAIT, () -> "one session's two streams");
        h.handler.dispose();
        Leaks.assertBackToBaseline(baseline, sim, h, SETTLE);
    }

    @Test
    void concurrentCommandsThingUpdatesAndConfigurationUpdatesAreSafe() throws Exception {
        KsemSimulator sim = simulator();
        MeterHarness h = harness(sim);
        Leaks.Baseline baseline = Leaks.baseline(sim, h);
        when(h.thing.getStatus()).thenReturn(ThingStatus.ONLINE); // so that configuration updates re-initialise
        h.initialize();
        h.awaitStatus(s -> s.getStatus() == ThingStatus.ONLINE, WAIT);

        ChannelUID channel = h.channel("grid", "power-import");
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                go.await();
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < 15; i++) {
                    switch (random.nextInt(3)) {
                        case 0 -> h.handler.handleCommand(channel, RefreshType.REFRESH);
                        case 1 -> h.handler.thingUpdated(h.thing);
                        default -> h.handler.handleConfigurationUpdate(
                                Map.of("updateInterval", BigDecimal.valueOf(random.nextInt(1, 4))));
                    }
                    Thread.sleep(random.nextInt(10));
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> result : results) {
            result.get(30, TimeUnit.SECONDS); // rethrows anything a call threw
        }
        pool.shutdown();

        h.awaitStatus(s -> s.getStatus() == ThingStatus.ONLINE, WAIT);
        // closing the replaced sessions may take a moment; an orphaned session would stay open for good
        MeterHarness.waitFor(() -> sim.stats().openWebSockets() == 2 && h.openClientSessions() == 2, WAIT,
                () -> "exactly one session (two streams) survives");
        Thread.sleep(1000);
        MeterHarness.waitFor(() -> sim.stats().openWebSockets() == 2 && h.openClientSessions() == 2, WAIT,
                () -> "still exactly one session: " + sim.stats().openWebSockets() + " streams");
        h.handler.dispose();
        Leaks.assertBackToBaseline(baseline, sim, h, SETTLE);
    }
}
