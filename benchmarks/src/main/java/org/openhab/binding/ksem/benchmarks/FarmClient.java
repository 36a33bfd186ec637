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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts and talks to a {@link SimulatorFarm} in a child JVM.
 *
 * @author KSEM binding contributors
 */
public final class FarmClient implements AutoCloseable {

    /** One simulator of the farm. */
    public record Device(int index, int port, String credential) {
    }

    /** Counters of one simulator at one moment. */
    public record Stats(long logins, long restCalls, long healthCalls, long meterFrames, long flowFrames,
            int webSockets) {

        public Stats minus(Stats earlier) {
            return new Stats(logins - earlier.logins, restCalls - earlier.restCalls, healthCalls - earlier.healthCalls,
                    meterFrames - earlier.meterFrames, flowFrames - earlier.flowFrames, webSockets);
        }
    }

    private final Process process;
    private final BufferedReader out;
    private final PrintStream in;
    private final List<Device> devices = new ArrayList<>();

    /**
     * @param token true: authorised access tokens; false: password on a device without token requests
     * @param intervalsMillis one simulator per entry, with this frame interval
     */
    public FarmClient(boolean token, long... intervalsMillis) throws IOException {
        List<String> args = new ArrayList<>();
        args.add(token ? "token" : "password");
        for (long interval : intervalsMillis) {
            args.add(Long.toString(interval));
        }
        process = ChildJvm.builder(List.of("-Xms256m", "-Xmx1g", "-XX:+UseG1GC"), "KSEM_BENCH_SIM_OPTS",
                SimulatorFarm.class, args)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        String line;
        while ((line = out.readLine()) != null && !"READY".equals(line)) {
            String[] parts = line.split(" ");
            if (parts.length == 4 && "SIM".equals(parts[0])) {
                devices.add(new Device(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), parts[3]));
            }
        }
        if (line == null) {
            close();
            throw new IOException("The simulator process ended before it was ready");
        }
    }

    public List<Device> devices() {
        return devices;
    }

    public long pid() {
        return process.pid();
    }


    public synchronized List<Stats> stats() throws IOException {
        in.println("stats");
        List<Stats> result = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null && !"END".equals(line)) {
            String[] p = line.split(" ");
            result.add(new Stats(Long.parseLong(p[2]), Long.parseLong(p[3]), Long.parseLong(p[4]),
                    Long.parseLong(p[5]), Long.parseLong(p[6]), Integer.parseInt(p[7])));
        }
        return result;
    }

    @Override
    public void close() {
        in.println("quit");
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
        }
    }
}
