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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openhab.binding.ksem.simulator.KsemSimulator;
import org.openhab.binding.ksem.simulator.SimulatorStats;
import org.openhab.binding.ksem.simulator.TokenStore;

/**
 * The "devices" process: KSEM simulators on loopback in a JVM of their own, so that threads, heap, sockets and CPU of
 * the measuring (openHAB) JVM belong to the binding alone. Controlled through stdin/stdout, one line per message:
 *
 * <pre>
 * args:   token|password intervalMs [intervalMs ...]      one simulator per interval
 * out:    SIM index port credential                        (access token, or the password)
 *         READY
 * in:     stats   ->  STATS index logins rest health meterFrames flowFrames webSockets ... END
 * in:     quit (or end of input) -> stops everything
 * </pre>
 *
 * With {@code token} every simulator has an authorised access token (the recommended setup); with {@code password}
 * it is a device without token requests, so the binding stays on a password login.
 *
 * @author KSEM binding contributors
 */
public final class SimulatorFarm {

    public static final String PASSWORD = "bench-secret";
    public static final String HEALTH_PATH = "/api/device-settings/deviceusage";

    private SimulatorFarm() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SimulatorFarm token|password intervalMs...");
            System.exit(2);
        }
        boolean token = "token".equals(args[0]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<KsemSimulator> simulators = new ArrayList<>();
        try {
            for (int i = 1; i < args.length; i++) {
                KsemSimulator sim = KsemSimulator.builder().password(PASSWORD)
                        .frameInterval(Duration.ofMillis(Long.parseLong(args[i]))).tokenEndpoints(token)
                        .serial("7000" + (1000 + i)).build();
                sim.start();
                simulators.add(sim);
                String credential = token
                        ? sim.tokens().createAuthorised("openHAB benchmark " + i, TokenStore.ROLE_API, null).token()
                        : PASSWORD;
                out.println("SIM " + (i - 1) + " " + sim.port() + " " + credential);
            }
            out.println("READY");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                if ("stats".equals(line.trim())) {
                    for (int i = 0; i < simulators.size(); i++) {
                        SimulatorStats stats = simulators.get(i).stats();
                        out.println("STATS " + i + " " + stats.logins() + " " + stats.restCalls() + " "
                                + stats.restCalls(HEALTH_PATH) + " " + stats.framesSent(KsemSimulator.TOPIC_SMART_METER)
                                + " " + stats.framesSent(KsemSimulator.TOPIC_ENERGY_FLOW) + " "
                                + stats.openWebSockets());
                    }
                    out.println("END");
                } else if ("quit".equals(line.trim())) {
                    break;
                }
            }
        } finally {
            simulators.forEach(KsemSimulator::stop);
        }
        System.exit(0);
    }
}
