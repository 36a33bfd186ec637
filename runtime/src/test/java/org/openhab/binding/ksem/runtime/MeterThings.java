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
package org.openhab.binding.ksem.runtime;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openhab.binding.ksem.runtime.api.ThingDefinition;
import org.openhab.binding.ksem.runtime.api.ThingsFile;
import org.openhab.binding.ksem.simulator.KsemSimulator;

/**
 * things.json for the tests: one {@code ksem:meter} bridge pointing at a simulator.
 *
 * @author KSEM binding contributors
 */
public final class MeterThings {

    public static final String THING = "ksem:meter:home";
    public static final String POWER_IMPORT = THING + ":grid#power-import";
    public static final String TOKEN_NAME = "openHAB " + THING;

    private MeterThings() {
    }

    /** A meter with the simulator's password that publishes every frame (update interval 0). */
    public static Path withPassword(Path folder, KsemSimulator simulator) throws IOException {
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("hostname", "127.0.0.1:" + simulator.port());
        configuration.put("password", simulator.password());
        configuration.put("updateInterval", BigDecimal.ZERO);
        Path file = folder.resolve("things.json");
        ThingsFile.write(file, List.of(ThingDefinition.of(THING, "ksem:meter", "KSEM test meter", configuration)));
        return file;
    }

    public static Map<String, Object> configuration(Path thingsFile) throws IOException {
        return ThingsFile.read(thingsFile).get(0).configuration();
    }
}
