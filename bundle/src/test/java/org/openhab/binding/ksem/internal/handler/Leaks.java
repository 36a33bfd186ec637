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

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.openhab.binding.ksem.simulator.KsemSimulator;
import org.openhab.core.common.ThreadPoolManager;

/**
 * Resource accounting for fault and lifecycle tests: threads (by name, without the simulator's own), jobs waiting in
 * openHAB's {@code thingHandler} pool, WebSockets open at the simulator and in the client. A {@link Baseline} is taken
 * while things are steady; after a fault everything must return to it.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
final class Leaks {

    /** Thread pool idle timeout of test HTTP clients: pools grown during a fault shrink back within seconds. */
    static final long CLIENT_POOL_IDLE_MILLIS = 300;
    /** Size of openHAB's thingHandler pool (ThreadPoolManager default): it may grow up to this after the baseline. */
    static final int THING_HANDLER_POOL_SIZE = 5;
    private static final String THING_HANDLER_THREADS = "OH-thingHandler-";

    private Leaks() {
    }

    /** Reaches the protected pool map of the openHAB API's ThreadPoolManager. */
    private static final class Pools extends ThreadPoolManager {
        static @Nullable ScheduledThreadPoolExecutor thingHandler() {
            ExecutorService pool = pools.get("thingHandler");
            return pool instanceof ScheduledThreadPoolExecutor scheduled ? scheduled : null;
        }
    }

    /** An HTTP client for tests whose pool threads are named and idle out fast. */
    static HttpClient newHttpClient(SslContextFactory.@Nullable Client ssl) {
        HttpClient client = ssl == null ? new HttpClient() : new HttpClient(ssl);
        QueuedThreadPool pool = new QueuedThreadPool(64, 2, (int) CLIENT_POOL_IDLE_MILLIS);
        pool.setName("ksem-test-http");
        pool.setDaemon(true);
        client.setExecutor(pool);
        return client;
    }

    /**
     * Starts what a client starts lazily (Jetty's scheduler thread starts with the first request timeout), so that a
     * baseline taken afterwards counts it.
     */
    static void warmUp(MeterHarness harness, URI device) throws Exception {
        harness.httpClient().newRequest(device).timeout(3, TimeUnit.SECONDS).send();
    }

    /** Jobs waiting in the thingHandler pool (periodic jobs between runs, delayed connects, token polls). */
    static int scheduledJobs() {
        ScheduledThreadPoolExecutor pool = Pools.thingHandler();
        return pool == null ? 0 : pool.getQueue().size();
    }

    /** Live threads by name, without the simulator's (it is the device, not the binding). */
    static List<String> threadNames() {
        List<String> names = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.isAlive() && !thread.getName().startsWith("ksem-sim")) {
                names.add(thread.getName());
            }
        }
        return names;
    }

    static int threadCount() {
        return threadNames().size();
    }

    private static int thingHandlerThreads() {
        return (int) threadNames().stream().filter(n -> n.startsWith(THING_HANDLER_THREADS)).count();
    }

    /** Thread names with their trailing numbers removed, counted: a readable diff when a check fails. */
    static Map<String, Integer> threadCensus() {
        Map<String, Integer> census = new TreeMap<>();
        for (String name : threadNames()) {
            census.merge(name.replaceAll("[-@]?[0-9a-f]*\\d+$", ""), 1, Integer::sum);
        }
        return census;
    }

    record Baseline(int threads, int thingHandlerThreads, int jobs, int simulatorSockets, int clientSessions,
            Map<String, Integer> census) {

        /** Threads allowed now: the baseline, plus the growth openHAB's fixed-size handler pool may still have. */
        int threadAllowance() {
            return threads + Math.max(0, THING_HANDLER_POOL_SIZE - thingHandlerThreads);
        }
    }

    static Baseline baseline(@Nullable KsemSimulator sim, @Nullable MeterHarness harness) {
        return new Baseline(threadCount(), thingHandlerThreads(), scheduledJobs(),
                sim == null ? 0 : sim.stats().openWebSockets(), harness == null ? 0 : harness.openClientSessions(),
                threadCensus());
    }

    /**
     * Waits until threads, jobs and sockets are back at the baseline (threads: at most the baseline plus the handler
     * pool's allowed growth).
     */
    static void assertBackToBaseline(Baseline baseline, @Nullable KsemSimulator sim, @Nullable MeterHarness harness,
            Duration timeout) {
        MeterHarness
                .waitFor(
                        () -> threadCount() <= baseline.threadAllowance() && scheduledJobs() == baseline.jobs()
                                && (sim == null || sim.stats().openWebSockets() == baseline.simulatorSockets())
                                && (harness == null || harness.openClientSessions() == baseline.clientSessions()),
                        timeout,
                        () -> "resources back at the baseline " + baseline + "; now threads=" + threadCount() + " "
                                + threadCensus() + ", jobs=" + scheduledJobs() + ", simulator sockets="
                                + (sim == null ? "-" : sim.stats().openWebSockets()) + ", client sessions="
                                + (harness == null ? "-" : harness.openClientSessions()));
    }
}
