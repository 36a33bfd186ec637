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

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The demo's command line.
 *
 * @param host {@code HOST[:PORT]} of a real KSEM, or null for the built-in simulator
 * @param password the KSEM password, or null
 * @param token an access token, or null
 * @param thingsFile where to keep things.json (kept after the demo), or null for a temporary one
 * @param eventsFile where to write the events as JSON lines, or null
 * @param duration when to stop by itself, or null to run until Ctrl+C
 * @param autoApprove approve the token request in the simulator without the web page
 * @param showToken print the access token once it is in use
 * @param eventLog print every channel update as an event-log line instead of the table
 * @param debug show the binding's debug log on stderr
 * @param help print the usage
 *
 * @author KSEM binding contributors
 */
public record DemoOptions(String host, String password, String token, Path thingsFile, Path eventsFile,
        Duration duration, boolean autoApprove, boolean showToken, boolean eventLog, boolean debug, boolean help) {

    /** Default password of the built-in simulator; documented here and in --help, never printed otherwise. */
    public static final String SIMULATOR_PASSWORD = "secret";

    public static final String USAGE = String.join(System.lineSeparator(), //
            "Usage: ./run-demo [options]", //
            "Runs the KSEM add-on in an embedded OSGi framework (Apache Felix + SCR) and shows live readings.", //
            "By default a KSEM simulator runs on a free loopback port; its web page takes the password \""
                    + SIMULATOR_PASSWORD + "\".", //
            "", //
            "  --host HOST[:PORT]   use this KSEM (or any host) instead of the simulator; needs --password or --token",
            "  --password PW        the KSEM password: the add-on requests an access token with it", //
            "  --token TOKEN        an access token created in the KSEM web interface", //
            "  --things FILE        keep things.json here; an existing file is used as it is (e.g. with its token)", //
            "  --events FILE        write every status and channel update to FILE as JSON lines", //
            "  --duration SECONDS   stop after SECONDS (default: run until Ctrl+C)", //
            "  --auto-approve       approve the token request in the simulator instead of its web page", //
            "  --show-token         print the access token once it is in use", //
            "  --event-log          print every channel update as an event-log line instead of the table", //
            "  --debug              show the add-on's debug log on stderr", //
            "  --help               show this text", //
            "", //
            "Exit codes: 0 normal end, 1 other error, 2 wrong command line, 3 host unreachable or not a KSEM,", //
            "            4 wrong password, 5 access token rejected, 130 stopped with Ctrl+C.");

    /** @throws IllegalArgumentException with the reason when the command line is wrong */
    public static DemoOptions parse(List<String> arguments) {
        Deque<String> args = new ArrayDeque<>(arguments);
        String host = null;
        String password = null;
        String token = null;
        Path things = null;
        Path events = null;
        Duration duration = null;
        boolean autoApprove = false;
        boolean showToken = false;
        boolean eventLog = false;
        boolean debug = false;
        boolean help = false;
        while (!args.isEmpty()) {
            String option = args.removeFirst();
            switch (option) {
                case "--host" -> host = value(option, args);
                case "--password" -> password = value(option, args);
                case "--token" -> token = value(option, args);
                case "--things" -> things = Path.of(value(option, args));
                case "--events" -> events = Path.of(value(option, args));
                case "--duration" -> duration = Duration.ofSeconds(seconds(value(option, args)));
                case "--auto-approve" -> autoApprove = true;
                case "--show-token" -> showToken = true;
                case "--event-log" -> eventLog = true;
                case "--debug" -> debug = true;
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        if (password != null && token != null) {
            throw new IllegalArgumentException("Give --password or --token, not both");
        }
        if (host != null && password == null && token == null) {
            throw new IllegalArgumentException("--host needs --password or --token");
        }
        return new DemoOptions(host, password, token, things, events, duration, autoApprove, showToken, eventLog,
                debug, help);
    }

    public boolean usesSimulator() {
        return host == null;
    }

    private static String value(String option, Deque<String> args) {
        if (args.isEmpty() || args.peekFirst().startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.removeFirst();
    }

    private static long seconds(String text) {
        try {
            long seconds = Long.parseLong(text);
            if (seconds > 0) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--duration needs a whole number of seconds above 0, not '" + text + "'");
    }
}
