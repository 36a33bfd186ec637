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
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

class RestApiTest {

    private static KsemSimulator simulator;
    private static TestHttp http;
    private static String jwt;

    @BeforeAll
    static void start() {
        simulator = KsemSimulator.builder().password("secret").serial("71234567").build().start();
        http = new TestHttp(simulator);
        jwt = simulator.issueLoginToken();
    }

    @AfterAll
    static void stop() {
        simulator.stop();
    }

    @Test
    void everyApiCallNeedsABearer() throws Exception {
        HttpResponse<String> response = http.get("/api/device-settings", null);

        assertEquals(401, response.statusCode());
        assertEquals("", response.body(), "401 has an empty body");
    }

    @Test
    void anInvalidBearerIsRefused() throws Exception {
        assertEquals(401, http.rawGetStatus("/api/device-settings", "not-a-jwt"));
        String[] parts = jwt.split("\\.");
        // change one signature character to a different one (a fixed replacement is a no-op when it already matches)
        char replacement = parts[2].charAt(10) == 'A' ? 'B' : 'A';
        String forged = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + replacement
                + parts[2].substring(11);
        assertNotEquals(jwt, forged);
        assertEquals(401, http.rawGetStatus("/api/device-settings", forged));
        assertEquals(200, http.rawGetStatus("/api/device-settings", jwt), "the genuine token still works");
    }

    @Test
    void deviceSettingsDescribeTheDevice() throws Exception {
        HttpResponse<String> response = http.get("/api/device-settings", jwt);

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject body = TestHttp.json(response).getAsJsonObject();
        assertEquals("71234567", body.get("Serial").getAsString());
        assertEquals("KOSTAL Smart Energy Meter", body.get("ProductName").getAsString());
        assertEquals("hw0100", body.get("DeviceType").getAsString());
        assertEquals("2.6.2", body.get("FirmwareVersion").getAsString());
        assertEquals("ksem-71234567", body.get("hostname").getAsString());
        assertTrue(body.get("Mac").getAsString().matches("([0-9A-F]{2}:){5}[0-9A-F]{2}"));
        assertTrue(body.getAsJsonObject("network").has("ip"));
    }

    @Test
    void deviceUsageReportsCpuAndMemory() throws Exception {
        HttpResponse<String> response = http.get("/api/device-settings/deviceusage", jwt);

        assertEquals(200, response.statusCode());
        JsonObject body = TestHttp.json(response).getAsJsonObject();
        double load = body.get("CpuLoad").getAsDouble();
        assertTrue(load >= 0 && load <= 100, "CpuLoad " + load);
        double temperature = body.get("CpuTemp").getAsDouble();
        assertTrue(temperature > 20 && temperature < 90, "CpuTemp " + temperature);
        assertTrue(body.get("RamFree").getAsLong() < body.get("RamTotal").getAsLong());
        for (String member : new String[] { "FlashAppFree", "FlashAppTotal", "FlashDataFree", "FlashDataTotal" }) {
            assertTrue(body.has(member), member);
        }
    }

    @Test
    void deviceStatusAndNetwork() throws Exception {
        assertEquals("idle", TestHttp.json(http.get("/api/device-settings/devicestatus", jwt)).getAsJsonObject()
                .get("status").getAsString());
        JsonObject network = TestHttp.json(http.get("/api/device-settings/network", jwt)).getAsJsonObject();
        assertEquals("ksem-71234567", network.get("hostname").getAsString());
        assertTrue(network.get("upnpavailable").getAsBoolean());
    }

    @Test
    void unknownEndpointsAnswer404Json() throws Exception {
        HttpResponse<String> response = http.get("/api/device-settings/nothing", jwt);

        assertEquals(404, response.statusCode());
        assertEquals("The requested endpoint does not exist.", TestHttp.json(response).getAsJsonObject()
                .getAsJsonObject("error").get("message").getAsString());
    }

    @Test
    void wrongMethodsAnswer405Json() throws Exception {
        HttpResponse<String> response = http.delete("/api/device-settings", jwt);

        assertEquals(405, response.statusCode());
        assertEquals("HTTP Method 'DELETE' is not allowed for this endpoint.", TestHttp.json(response)
                .getAsJsonObject().getAsJsonObject("error").get("message").getAsString());
        assertEquals("GET", response.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void writesNeedTheAdminRole() throws Exception {
        AccessToken reader = simulator.tokens().createAuthorised("reader", TokenStore.ROLE_API, null);
        AccessToken owner = simulator.tokens().createAuthorised("owner", TokenStore.ROLE_ADMIN, null);
        String path = "/api/kostal-energyflow/configuration/batteryusage";

        assertEquals(200, http.get("/api/kostal-energyflow/configuration", reader.token()).statusCode());
        assertEquals(403, http.put(path, reader.token(), "text/plain", "false").statusCode());
        assertEquals(204, http.put(path, owner.token(), "text/plain", "false").statusCode());
        assertEquals(204, http.put(path, jwt, "text/plain", "true").statusCode());
        assertEquals(400, http.put(path, jwt, "text/plain", "maybe").statusCode());
    }

    @Test
    void serverErrorsFaultAnswers500ThenRecovers() throws Exception {
        simulator.faults().serverErrors(1);

        assertEquals(500, http.get("/api/device-settings/devicestatus", jwt).statusCode());
        assertEquals(200, http.get("/api/device-settings/devicestatus", jwt).statusCode());
    }

    @Test
    void restCallsAreCountedPerPath() throws Exception {
        long before = simulator.stats().restCalls("/api/device-settings/local-time");

        http.get("/api/device-settings/local-time", jwt);
        http.get("/api/device-settings/local-time", jwt);

        assertEquals(before + 2, simulator.stats().restCalls("/api/device-settings/local-time"));
    }

    @Test
    void stallHoldsTheAnswerForItsDuration() throws Exception {
        long start = System.nanoTime(); // before the stall: the stall's 400 ms count from its call
        simulator.faults().stall(Duration.ofMillis(400));

        HttpResponse<String> response = http.get("/api/device-settings/devicestatus", jwt);

        assertEquals(200, response.statusCode());
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 350, "held back while stalled");
    }
}
