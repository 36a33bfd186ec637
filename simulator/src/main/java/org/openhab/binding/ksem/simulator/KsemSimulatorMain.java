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
package org.openhab.binding.ksem.simulator;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * {@code java -jar ksem-simulator-<version>-all.jar --port 8080 --password secret}: runs a simulator until the
 * process is stopped.
 */
public final class KsemSimulatorMain {

    private static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar ksem-simulator-all.jar [options]",
            "  --port <n>                   TCP port on 127.0.0.1 (default 8080, 0 = any free port)",
            "  --password <text>            web-interface password (default: secret)",
            "  --interval-ms <n>            push interval of the value streams (default 1000)",
            "  --no-token-endpoints         answer /api/access-token/* with 404 (older firmware)",
            "  --login-lifetime-s <n>       lifetime of a login token (default 604800)",
            "  --login-failure-status <n>   status of a wrong password: 400 (default) or 401",
            "  --rate-limit-burst <n>       nginx burst of the login zone (default 0; the device's nginx uses 1)",
            "  --no-rate-limit              do not limit login POSTs",
            "  --serial <text>              serial number (default 70001234)",
            "  --wallboxes <n>              ENECTOR wallboxes (default 1; 0 = a KSEM without wallbox)",
            "  --help                       show this text");

    private KsemSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        quietJettyLogging();
        KsemSimulator.Builder builder = KsemSimulator.builder().port(8080);
        try {
            if (!configure(builder, new ArrayDeque<>(List.of(args)))) {
                System.out.println(USAGE);
                return;
            }
        } catch (IllegalArgumentException e) {
            fail(System.err, e.getMessage());
            return;
        }
        KsemSimulator simulator = builder.build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::stop, "ksem-sim-shutdown"));
        System.out.println("KSEM simulator listening on " + simulator.baseUri() + " (stop with Ctrl+C)");
        simulator.join();
    }

    /** Applies the options; false when help was asked for. */
    static boolean configure(KsemSimulator.Builder builder, Deque<String> args) {
        while (!args.isEmpty()) {
            String option = args.removeFirst();
            switch (option) {
                case "--port" -> builder.port(number(option, args));
                case "--password" -> builder.password(value(option, args));
                case "--interval-ms" -> builder.frameInterval(Duration.ofMillis(number(option, args)));
                case "--no-token-endpoints" -> builder.tokenEndpoints(false);
                case "--login-lifetime-s" -> builder.loginTokenLifetime(Duration.ofSeconds(number(option, args)));
                case "--login-failure-status" -> builder.loginFailureStatus(number(option, args));
                case "--rate-limit-burst" -> builder.rateLimitBurst(number(option, args));
                case "--no-rate-limit" -> builder.rateLimit(false);
                case "--serial" -> builder.serial(value(option, args));
                case "--wallboxes" -> builder.wallboxes(number(option, args));
                case "--help", "-h" -> {
                    return false;
                }
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        return true;
    }

    /** Jetty's start-up chatter hides the simulator's own lines; keep it to warnings unless asked otherwise. */
    private static void quietJettyLogging() {
        String jetty = "org.slf4j.simpleLogger.log.org.eclipse.jetty";
        System.setProperty(jetty, System.getProperty(jetty, "warn"));
    }

    private static String value(String option, Deque<String> args) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.removeFirst();
    }

    private static int number(String option, Deque<String> args) {
        String text = value(option, args);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + text + "'");
        }
    }

    private static void fail(PrintStream err, String message) {
        err.println(message);
        err.println(USAGE);
        System.exit(2);
    }
}
