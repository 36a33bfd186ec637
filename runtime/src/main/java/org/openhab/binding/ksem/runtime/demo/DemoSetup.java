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

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.openhab.binding.ksem.runtime.api.ThingDefinition;
import org.openhab.binding.ksem.runtime.api.ThingsFile;
import org.openhab.binding.ksem.simulator.KsemSimulator;

/**
 * What the demo runs against and with which Thing: the built-in simulator or a real KSEM, and the {@code things.json}
 * that names it (a temporary one, deleted at the end because it holds a password or token, unless --things).
 *
 * @author KSEM binding contributors
 */
final class DemoSetup implements AutoCloseable {

    static final String THING = "ksem:meter:home";
    static final String METER_TYPE = "ksem:meter";

    final Path things;
    final ThingDefinition meter;
    /** The KSEM's web interface, where the owner approves tokens. */
    final String webInterface;
    /** The built-in simulator, or null. */
    final KsemSimulator simulator;
    private final Path temporary;

    private DemoSetup(Path things, ThingDefinition meter, String webInterface, KsemSimulator simulator,
            Path temporary) {
        this.things = things;
        this.meter = meter;
        this.webInterface = webInterface;
        this.simulator = simulator;
        this.temporary = temporary;
    }

    /**
     * Starts the simulator if needed and writes (or reads) things.json.
     *
     * @throws IllegalArgumentException when the options do not fit the things file
     */
    static DemoSetup prepare(DemoOptions options, Screen screen) throws IOException {
        Path kept = options.thingsFile();
        if (kept != null && Files.exists(kept)) {
            if (options.host() != null || options.password() != null || options.token() != null) {
                throw new IllegalArgumentException(kept + " exists and names the host and credentials itself: "
                        + "leave out --host, --password and --token, or choose a new --things file.");
            }
            ThingDefinition meter = ThingsFile.read(kept).stream().filter(t -> METER_TYPE.equals(t.thingTypeUID()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException(kept + " holds no " + METER_TYPE
                            + " Thing."));
            return new DemoSetup(kept, meter, "http://" + meter.configuration().get("hostname") + "/", null, null);
        }
        KsemSimulator simulator = null;
        String host = options.host();
        String webInterface = "http://" + host + "/";
        if (options.usesSimulator()) {
            // burst 1 is the device's nginx: a second POST within a second waits instead of failing
            simulator = KsemSimulator.builder().password(DemoOptions.SIMULATOR_PASSWORD).rateLimitBurst(1).build()
                    .start();
            host = "127.0.0.1:" + simulator.port();
            webInterface = simulator.baseUri() + "/";
            screen.message("KSEM simulator running at " + webInterface);
        }
        Path temporary = kept == null ? Files.createTempDirectory("ksem-demo-") : null;
        Path things = kept == null ? temporary.resolve("things.json") : kept;
        ThingDefinition meter = ThingDefinition.of(THING, METER_TYPE, "KSEM (demo)", configuration(host, options));
        try {
            ThingsFile.write(things, List.of(meter));
        } catch (IOException e) {
            if (simulator != null) {
                simulator.stop();
            }
            throw e;
        }
        return new DemoSetup(things, meter, webInterface, simulator, temporary);
    }

    String host() {
        return String.valueOf(meter.configuration().get("hostname"));
    }

    boolean usesToken() {
        return meter.configuration().containsKey("accessToken");
    }

    /** Whether things.json stays after the demo (--things). */
    boolean keepsThingsFile() {
        return temporary == null;
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.stop();
        }
        if (temporary != null) {
            try (Stream<Path> files = Files.walk(temporary)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temporary folder
            }
        }
    }

    private static Map<String, Object> configuration(String host, DemoOptions options) {
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("hostname", host);
        if (options.token() != null) {
            configuration.put("accessToken", options.token());
        } else {
            configuration.put("password",
                    options.password() != null ? options.password() : DemoOptions.SIMULATOR_PASSWORD);
        }
        configuration.put("updateInterval", BigDecimal.ONE); // lively: one update per channel and second
        return configuration;
    }
}
