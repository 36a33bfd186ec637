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

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebPageTest {

    private static KsemSimulator simulator;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        simulator = KsemSimulator.builder().build().start();
        http = new TestHttp(simulator);
    }

    @AfterAll
    static void stop() {
        simulator.stop();
    }

    @Test
    void thePageHasTheElementsATestDrives() throws Exception {
        HttpResponse<String> page = http.get("/", null);

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        for (String id : new String[] { "id=\"password\"", "id=\"login\"", "id=\"token-rows\"", "id=\"token-name\"",
                "id=\"token-role\"", "id=\"token-expiry\"", "id=\"add\"", "id=\"new-token-value\"" }) {
            assertTrue(page.body().contains(id), id);
        }
        assertFalse(page.body().contains("<script>"), "no inline script: the device's CSP is default-src 'self'");
        assertEquals("default-src 'self';", page.headers().firstValue("Content-Security-Policy").orElse(""));
    }

    @Test
    void theScriptUsesTheDeviceCalls() throws Exception {
        HttpResponse<String> script = http.get("/app.js", null);

        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        for (String call : new String[] { "/api/web-login/token", "/api/access-token/tokens", "'authorise'",
                "'revoke'", "'delete'", "data-token-id", "tokenId" }) {
            assertTrue(script.body().contains(call.replace("data-token-id", "tr[data-token-id]")), call);
        }
        assertEquals(200, http.get("/app.css", null).statusCode());
    }

    @Test
    void otherPathsOutsideTheApiShowThePage() throws Exception {
        HttpResponse<String> page = http.get("/profile/access-tokens", null);

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"password\""));
    }
}
