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

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayDeque;
import java.util.List;

import org.junit.jupiter.api.Test;

class KsemSimulatorMainTest {

    @Test
    void optionsConfigureTheBuilder() throws Exception {
        KsemSimulator.Builder builder = KsemSimulator.builder();

        assertTrue(KsemSimulatorMain.configure(builder, new ArrayDeque<>(List.of("--port", "0", "--password", "pw",
                "--interval-ms", "250", "--no-token-endpoints", "--serial", "123", "--login-failure-status", "401"))));

        KsemSimulator simulator = builder.build().start();
        try {
            TestHttp http = new TestHttp(simulator);
            assertEquals(401, http.login("wrong").statusCode());
            assertEquals("pw", simulator.password());
            assertEquals("ksem-123", simulator.device().hostname());
            assertEquals(404, http.get("/api/access-token/tokens", simulator.issueLoginToken()).statusCode());
        } finally {
            simulator.stop();
        }
    }

    @Test
    void helpAndErrors() {
        assertFalse(KsemSimulatorMain.configure(KsemSimulator.builder(), new ArrayDeque<>(List.of("--help"))));
        assertThrows(IllegalArgumentException.class,
                () -> KsemSimulatorMain.configure(KsemSimulator.builder(), new ArrayDeque<>(List.of("--port"))));
        assertThrows(IllegalArgumentException.class,
                () -> KsemSimulatorMain.configure(KsemSimulator.builder(), new ArrayDeque<>(List.of("--port", "x"))));
        assertThrows(IllegalArgumentException.class,
                () -> KsemSimulatorMain.configure(KsemSimulator.builder(), new ArrayDeque<>(List.of("--bogus"))));
    }
}
