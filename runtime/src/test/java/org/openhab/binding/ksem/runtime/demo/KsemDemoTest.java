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
package org.openhab.binding.ksem.runtime.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.ksem.simulator.AccessToken;
import org.openhab.binding.ksem.simulator.KsemSimulator;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code ./run-demo} in-process: the whole token flow with --auto-approve, the events file, --show-token, and the
 * exit codes for a wrong password, an unreachable host, a revoked token and a wrong command line.
 *
 * @author KSEM binding contributors
 */
class KsemDemoTest {

    /** A JWT's header starts with this: a token in the output would show it. */
    private static final String JWT_START = "eyJ";

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final KsemDemo demo = new KsemDemo(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), false);

    @Test
    void walksThroughTheTokenFlowWithTheSimulatorAndWritesEveryUpdate() throws Exception {
        Path events = folder.resolve("events.jsonl");

        // runs until the readings show: a fixed --duration could end a slow host's token flow half-way
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> run = runner.submit(() -> demo.run("--auto-approve", "--events", events.toString()));
            awaitOutput("Live readings");
            awaitOutput("grid import");
            awaitOutput(" W");
            demo.requestStop();
            assertEquals(ExitCode.INTERRUPTED.code(), exitCode(run), output() + errors());
        } finally {
            demo.requestStop();
            runner.shutdownNow();
        }

        String output = output();
        assertTrue(output.contains("Access token \"openHAB ksem:meter:home\" is waiting for approval."), output);
        assertTrue(output.contains("Approved it in the simulator"), output);
        assertTrue(output.contains("Token stored in"), output);
        assertTrue(output.contains("Live readings"), output);
        assertTrue(output.indexOf("Token stored in") < output.indexOf("Live readings"), output);
        assertTrue(output.contains("grid import") && output.contains(" W"), "summary lines: " + output);
        assertFalse(output.contains(DemoOptions.SIMULATOR_PASSWORD), "no password in the output: " + output);
        assertFalse(output.contains(JWT_START), "no token without --show-token: " + output);

        List<JsonObject> lines = Files.readAllLines(events).stream().map(l -> JsonParser.parseString(l).getAsJsonObject())
                .toList();
        assertTrue(lines.stream().anyMatch(l -> l.get("channel").isJsonNull() && "ONLINE".equals(text(l, "state"))),
                "a status line");
        JsonObject power = lines.stream()
                .filter(l -> "ksem:meter:home:grid#power-import".equals(text(l, "channel"))).findFirst().orElseThrow();
        assertEquals("W", text(power, "unit"));
        assertEquals("ksem:meter:home", text(power, "thing"));
        Double.parseDouble(text(power, "state"));
        assertTrue(text(power, "timestamp").endsWith("Z"));
    }

    @Test
    void endsByItselfAfterTheDuration() throws Exception {
        try (KsemSimulator simulator = KsemSimulator.builder().frameInterval(Duration.ofMillis(200)).build().start()) {
            AccessToken token = simulator.tokens().createAuthorised("demo test", "api", null);

            int code = demo.run("--host", "127.0.0.1:" + simulator.port(), "--token", token.token(), "--duration", "3");

            assertEquals(ExitCode.OK.code(), code, output() + errors());
            assertTrue(output().contains("Stopped after 3 s."), output());
        }
    }

    @Test
    void showsTheTokenOnlyWhenAskedAndEndsWithFiveWhenItIsRevoked() throws Exception {
        try (KsemSimulator simulator = KsemSimulator.builder().frameInterval(Duration.ofMillis(200)).build().start()) {
            AccessToken token = simulator.tokens().createAuthorised("demo test", "api", null);
            ExecutorService runner = Executors.newSingleThreadExecutor();
            try {
                Future<Integer> code = runner.submit(() -> demo.run("--host", "127.0.0.1:" + simulator.port(),
                        "--token", token.token(), "--show-token", "--event-log", "--duration", "60"));
                awaitOutput("Access token (--show-token): " + token.token());
                awaitOutput("updated to");
                simulator.tokens().revoke(token.id());
                assertEquals(ExitCode.TOKEN_REJECTED.code(), exitCode(code), output());
                assertTrue(output().contains("rejected the access token"), output());
            } finally {
                demo.requestStop();
                runner.shutdownNow();
            }
        }
    }

    @Test
    void aTokenApprovedOnceIsKeptInTheThingsFileForTheNextRun() throws Exception {
        Path things = folder.resolve("kept/things.json");
        try (KsemSimulator simulator = KsemSimulator.builder().password("first-run").rateLimit(false)
                .frameInterval(Duration.ofMillis(200)).build().start()) {
            ExecutorService runner = Executors.newSingleThreadExecutor();
            try {
                Future<Integer> first = runner.submit(() -> demo.run("--host", "127.0.0.1:" + simulator.port(),
                        "--password", "first-run", "--things", things.toString(), "--duration", "60"));
                awaitOutput("Waiting for the approval");
                AccessToken pending = simulator.tokens().list().get(0);
                simulator.tokens().authorise(pending.id());
                awaitOutput("Token stored in " + things + " (the password was removed from it).");
                awaitOutput("Live readings");
                demo.requestStop();
                assertEquals(ExitCode.INTERRUPTED.code(), exitCode(first), output());
            } finally {
                runner.shutdownNow();
            }
            assertFalse(output().contains("first-run"), "never the password: " + output());

            KsemDemo second = new KsemDemo(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), false);
            long logins = simulator.stats().logins();
            assertEquals(ExitCode.OK.code(), second.run("--things", things.toString(), "--duration", "3"), output());
            assertTrue(output().contains("uses an access token"), output());
            assertEquals(logins, simulator.stats().logins(), "the second run logs in with the token only");
        }
    }

    @Test
    void endsWithFourOnAWrongPassword() throws Exception {
        try (KsemSimulator simulator = KsemSimulator.builder().password("right").build().start()) {
            int code = demo.run("--host", "127.0.0.1:" + simulator.port(), "--password", "wrong-one", "--duration",
                    "30");
            assertEquals(ExitCode.WRONG_PASSWORD.code(), code, output());
            assertTrue(output().contains("rejected the password"), output());
            assertFalse(output().contains("wrong-one"), "never the password: " + output());
        }
    }

    @Test
    void endsWithThreeWhenNothingListensAtTheHost() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        int code = demo.run("--host", "127.0.0.1:" + port, "--password", "x", "--duration", "30");
        assertEquals(ExitCode.UNREACHABLE.code(), code, output());
        assertTrue(output().contains("No KSEM answers at 127.0.0.1:" + port), output());
    }

    @Test
    void endsWithTwoOnAWrongCommandLineAndZeroForHelp() {
        assertEquals(ExitCode.USAGE.code(), demo.run("--host", "somewhere"));
        assertTrue(errors().contains("--host needs --password or --token"), errors());
        assertEquals(ExitCode.USAGE.code(), demo.run("--duration", "soon"));
        assertEquals(ExitCode.OK.code(), demo.run("--help"));
        assertTrue(output().contains("Exit codes:"), output());
    }

    private int exitCode(Future<Integer> run) throws Exception {
        try {
            return run.get(20, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("The demo did not end: " + output() + errors(), e);
        }
    }

    private void awaitOutput(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!output().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("'" + text + "' not printed: " + output() + errors());
            }
            Thread.sleep(50);
        }
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String text(JsonObject line, String name) {
        return line.get(name).isJsonNull() ? null : line.get(name).getAsString();
    }
}
