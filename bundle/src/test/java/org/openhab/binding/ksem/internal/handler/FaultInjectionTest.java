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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ksem.internal.api.TlsProviderRegistrar;
import org.openhab.binding.ksem.simulator.AccessToken;
import org.openhab.binding.ksem.simulator.Faults;
import org.openhab.binding.ksem.simulator.KsemSimulator;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;

import ch.qos.logback.classic.Level;

/**
 * Every fault the simulator can inject, against the real handler on loopback: for each the Thing status goes the
 * documented way, the Thing returns to ONLINE by itself within a stated bound (with {@link MeterHarness#FAST} timings:
 * 3 s request timeout, reconnect backoff 200 ms doubling up to 2 s; watchdog timeout 5 s, the configuration minimum),
 * and threads, scheduled jobs and WebSockets return to their baseline afterwards.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class FaultInjectionTest {

    private static final Duration FRAME = Duration.ofMillis(100);
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration SETTLE = Duration.ofSeconds(15); // pools shrink one idle thread at a time

    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    private KsemSimulator simulator(boolean tokenEndpoints) {
        return simulator(tokenEndpoints, FRAME);
    }

    private KsemSimulator simulator(boolean tokenEndpoints, Duration frame) {
        KsemSimulator sim = KsemSimulator.builder().password("secret").frameInterval(frame)
                .tokenEndpoints(tokenEndpoints).build();
        sim.start();
        closeables.add(sim::stop);
        return sim;
    }

    /** A meter on a pasted, authorised access token: ONLINE without a note. */
    private MeterHarness onToken(KsemSimulator sim) throws Exception {
        AccessToken token = sim.tokens().createAuthorised("fault tests", "api", null);
        return online(sim, Map.of("hostname", "127.0.0.1:" + sim.port(), "accessToken", token.token(), "updateInterval",
                BigDecimal.ZERO, "watchdogTimeout", BigDecimal.valueOf(5)));
    }

    /** A meter on the password of a device without token requests: ONLINE with the token-unsupported note. */
    private MeterHarness onPassword(KsemSimulator sim) throws Exception {
        return online(sim, Map.of("hostname", "127.0.0.1:" + sim.port(), "password", "secret", "updateInterval",
                BigDecimal.ZERO, "watchdogTimeout", BigDecimal.valueOf(5)));
    }

    /** Started and steady: ONLINE, data flowing, both streams open on both ends. */
    private MeterHarness online(KsemSimulator sim, Map<String, Object> config) throws Exception {
        MeterHarness h = new MeterHarness(config, MeterHarness.FAST, Leaks.newHttpClient(null),
                TlsProviderRegistrar.NONE);
        closeables.add(h);
        h.initialize();
        h.awaitStatus(FaultInjectionTest::online, WAIT);
        MeterHarness.waitFor(
                () -> h.updates.size() > 20 && sim.stats().openWebSockets() == 2 && h.openClientSessions() == 2, WAIT,
                () -> "first frames on both streams");
        return h;
    }

    private static boolean online(ThingStatusInfo status) {
        return status.getStatus() == ThingStatus.ONLINE;
    }

    /** What happened between a fault and the recovery. */
    private record Outcome(List<ThingStatusInfo> statuses, long recoveryMillis) {

        ThingStatusInfo firstOffline() {
            return statuses.stream().filter(s -> s.getStatus() == ThingStatus.OFFLINE).findFirst()
                    .orElseThrow(() -> new AssertionError("never OFFLINE: " + statuses));
        }

        boolean any(Predicate<ThingStatusInfo> condition) {
            return statuses.stream().anyMatch(condition);
        }
    }

    /**
     * Injects a fault into a steady meter, waits for OFFLINE and then ONLINE again within {@code bound}, and checks
     * that nothing leaked.
     */
    private Outcome recovers(KsemSimulator sim, MeterHarness h, Runnable fault, Duration bound) {
        Leaks.Baseline baseline = Leaks.baseline(sim, h);
        int mark = h.statuses.size();
        long start = System.nanoTime();
        fault.run();
        MeterHarness.waitFor(() -> {
            List<ThingStatusInfo> since = since(h, mark);
            int offline = indexOf(since, s -> s.getStatus() == ThingStatus.OFFLINE);
            return offline >= 0 && online(since.get(since.size() - 1));
        }, bound, () -> "OFFLINE and ONLINE again within " + bound.toMillis() + " ms; got " + since(h, mark));
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<ThingStatusInfo> statuses = since(h, mark);
        assertFalse(statuses.stream().anyMatch(s -> s.getStatusDetail() == ThingStatusDetail.CONFIGURATION_ERROR),
                () -> "a passing fault is never a configuration error: " + statuses);
        long updates = h.updates.size();
        MeterHarness.waitFor(() -> h.updates.size() > updates + 10, WAIT, () -> "data after the recovery");
        Leaks.assertBackToBaseline(baseline, sim, h, SETTLE);
        return new Outcome(statuses, millis);
    }

    /** A snapshot of the statuses reported since {@code mark}. */
    private static List<ThingStatusInfo> since(MeterHarness h, int mark) {
        List<ThingStatusInfo> all = List.copyOf(h.statuses);
        return all.subList(Math.min(mark, all.size()), all.size());
    }

    private static int indexOf(List<ThingStatusInfo> statuses, Predicate<ThingStatusInfo> condition) {
        for (int i = 0; i < statuses.size(); i++) {
            if (condition.test(statuses.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean described(ThingStatusInfo status, String prefix) {
        return String.valueOf(status.getDescription()).startsWith(prefix);
    }

    private static void assertDescription(String prefix, @Nullable ThingStatusInfo status) {
        assertNotNull(status);
        assertTrue(String.valueOf(status.getDescription()).startsWith(prefix), () -> prefix + " expected: " + status);
    }

    @Test
    void droppedConnectionsReconnectAtOnce() throws Exception {
        KsemSimulator sim = simulator(true);
        MeterHarness h = onToken(sim);
        Outcome outcome = recovers(sim, h, () -> sim.faults().dropConnections(), Duration.ofSeconds(3));
        ThingStatusInfo offline = outcome.firstOffline();
        assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, offline.getStatusDetail());
        assertDescription("@text/offline.comm-error-reconnecting", offline);
    }

    @Test
    void aSilentDeviceIsNoticedByTheWatchdog() throws Exception {
        KsemSimulator sim = simulator(true);
        MeterHarness h = onToken(sim);
        // no frame for 5 s (the watchdog timeout) -> reconnect; the new connection waits until the stall ends
        Outcome outcome = recovers(sim, h, () -> sim.faults().stall(Duration.ofMillis(6000)), Duration.ofSeconds(9));
        ThingStatusInfo offline = outcome.firstOffline();
        assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, offline.getStatusDetail());
        assertEquals("@text/offline.comm-error-no-data [\"5\"]", offline.getDescription());
        assertTrue(outcome.recoveryMillis() >= 6000, "not ONLINE while the device is silent");
    }

    @Test
    void aStalledConnectEndsByItsRequestTimeoutAndIsRetried() throws Exception {
        KsemSimulator sim = simulator(true);
        AccessToken token = sim.tokens().createAuthorised("fault tests", "api", null);
        sim.faults().stall(Duration.ofMinutes(1)); // ended below, once the timeout has shown
        MeterHarness h = new MeterHarness(Map.of("hostname", "127.0.0.1:" + sim.port(), "accessToken", token.token()),
                MeterHarness.FAST, Leaks.newHttpClient(null), TlsProviderRegistrar.NONE);
        closeables.add(h);
        h.initialize();
        ThingStatusInfo offline = h.awaitStatus(s -> s.getStatus() == ThingStatus.OFFLINE, WAIT);
        String expected = "@text/offline.comm-error-unreachable [\"127.0.0.1:" + sim.port()
                + "\", \"no answer within 3 s\"]";
        assertEquals(expected, offline.getDescription(), "the stalled REST call ended by the 3 s request timeout");
        sim.faults().endStall();
        h.awaitStatus(FaultInjectionTest::online, WAIT);
    }

    @Test
    void garbageAndTruncatedFramesAreSkippedAndCounted() throws Exception {
        KsemSimulator sim = simulator(true);
        MeterHarness h = onToken(sim);
        Leaks.Baseline baseline = Leaks.baseline(sim, h);
        int mark = h.statuses.size();
        try (LogCapture log = new LogCapture(LiveStream.class.getName(), Level.DEBUG)) {
            sim.faults().garbageFrame();
            MeterHarness.waitFor(() -> log.count("Skipped malformed frame") >= 2, WAIT, () -> "garbage skipped");
            sim.faults().truncatedFrame();
            MeterHarness.waitFor(() -> log.count("Skipped malformed frame") >= 4, WAIT, () -> "truncated skipped");
            long updates = h.updates.size();
            MeterHarness.waitFor(() -> h.updates.size() > updates + 10, WAIT, () -> "data goes on");
            assertEquals(4, log.count("Skipped malformed frame"), () -> "one per stream and fault: " + log.lines());
        }
        assertEquals(mark, h.statuses.size(), () -> "a broken frame changes no status: " + h.statuses);
        Leaks.assertBackToBaseline(baseline, sim, h, SETTLE);
    }

    @Test
    void anOversizedFrameClosesTheStreamWhichReconnects() throws Exception {
        KsemSimulator sim = simulator(true);
        MeterHarness h = onToken(sim);
        Outcome outcome = recovers(sim, h, () -> sim.faults().oversizedFrame(), Duration.ofSeconds(3));
        assertDescription("@text/offline.comm-error-reconnecting", outcome.firstOffline());
    }

    @Test
    void aRebootOnThePasswordLogsInAgain() throws Exception {
        KsemSimulator sim = simulator(false);
        MeterHarness h = onPassword(sim);
        long logins = sim.stats().logins();
        Outcome outcome = recovers(sim, h, () -> sim.faults().reboot(Duration.ofSeconds(1)), Duration.ofSeconds(6));
        assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, outcome.firstOffline().getStatusDetail());
        assertTrue(outcome.any(s -> described(s, "@text/offline.comm-error-unreachable")),
                () -> "connections are refused while it reboots: " + outcome.statuses());
        assertEquals(logins + 1, sim.stats().logins(), "the old login is invalid after the reboot: one new login");
    }

    @Test
    void aRebootKeepsAValidAccessToken() throws Exception {
        KsemSimulator sim = simulator(true);
        MeterHarness h = onToken(sim);
        recovers(sim, h, () -> sim.faults().reboot(Duration.ofSeconds(1)), Duration.ofSeconds(6));
        assertEquals(0, sim.stats().logins(), "a token never falls back to a password");
        assertEquals(new StringType("valid"), h.state("device", "token-state"));
    }

    @Test
    void aRebootThatClosesTheStreamsWith1008KeepsAValidAccessToken() throws Exception {
        KsemSimulator sim = simulator(true);
        MeterHarness h = onToken(sim);
        recovers(sim, h, () -> sim.faults().reboot(Duration.ofSeconds(1), Faults.POLICY_VIOLATION),
                Duration.ofSeconds(6));
        assertEquals(new StringType("valid"), h.state("device", "token-state"));
    }

    @Test
    void a1008ForAStillValidTokenIsVerifiedAndReconnects() throws Exception {
        KsemSimulator sim = simulator(true);
        MeterHarness h = onToken(sim);
        long checks = sim.stats().restCalls("/api/device-settings");
        Outcome outcome = recovers(sim, h, () -> sim.faults().closeStreams(Faults.POLICY_VIOLATION),
                Duration.ofSeconds(3));
        assertDescription("@text/offline.comm-error-reconnecting", outcome.firstOffline());
        assertTrue(sim.stats().restCalls("/api/device-settings") >= checks + 2, "checked once, connected once");
    }

    @Test
    void aStormOf429OnTheLoginBacksOffAndRecovers() throws Exception {
        KsemSimulator sim = simulator(false);
        MeterHarness h = onPassword(sim);
        long refused = sim.stats().rateLimitedPosts();
        // the reboot invalidates the login, the next two logins get 429: pauses of 2 s and 4 s
        Outcome outcome = recovers(sim, h, () -> {
            sim.faults().tooManyRequests(2);
            sim.faults().reboot(Duration.ofMillis(200));
        }, Duration.ofSeconds(10));
        assertTrue(outcome.any(s -> described(s, "@text/offline.comm-error-rate-limited")),
                () -> "the rate limit is shown: " + outcome.statuses());
        assertEquals(refused + 2, sim.stats().rateLimitedPosts(), "no login beyond the two refused ones");
        assertTrue(outcome.recoveryMillis() >= 6000, "pauses of 2 s and 4 s: " + outcome.recoveryMillis());
    }

    @Test
    void serverErrorsAreRetried() throws Exception {
        KsemSimulator sim = simulator(true);
        MeterHarness h = onToken(sim);
        Outcome outcome = recovers(sim, h, () -> {
            sim.faults().serverErrors(3);
            sim.faults().dropConnections();
        }, Duration.ofSeconds(10)); // back-off pauses of 0.2 + 0.4 + 0.8 + 1.6 s, each up to 20 % longer
        assertTrue(outcome.any(s -> "@text/offline.comm-error-http [\"500\"]".equals(s.getDescription())),
                () -> "the 500 is shown: " + outcome.statuses());
    }

    @Test
    void aRevokedTokenIsRejectedWithinAFrameAndNotRetried() throws Exception {
        KsemSimulator sim = simulator(true, MeterHarness.DEVICE_FRAME);
        MeterHarness h = onToken(sim);
        Leaks.Baseline baseline = Leaks.baseline(sim, h);
        long start = System.nanoTime();
        sim.faults().revokeAll();
        ThingStatusInfo status = h.awaitStatus(s -> s.getStatus() == ThingStatus.OFFLINE, WAIT);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, status.getStatusDetail());
        assertEquals("@text/offline.conf-error-token-rejected", status.getDescription());
        // the next frame tick carries the rejection; the rest is one REST check (far below the 5 s watchdog)
        assertTrue(millis < MeterHarness.DEVICE_FRAME.toMillis() * 2,
                "rejected within about one frame interval: " + millis + " ms");
        MeterHarness.waitFor(() -> sim.stats().openWebSockets() == 0 && h.openClientSessions() == 0, WAIT,
                () -> "streams closed");
        long calls = sim.stats().restCalls();
        Thread.sleep(1000);
        assertEquals(calls, sim.stats().restCalls(), "a rejected token is not tried again");
        assertEquals(status, h.lastStatus());
        Leaks.assertBackToBaseline(new Leaks.Baseline(baseline.threads(), baseline.thingHandlerThreads(),
                baseline.jobs(), 0, 0, baseline.census()), sim, h, SETTLE);
    }
}
