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

import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The e-mobility side of the simulator: wallbox REST calls, writes and the JSON streams. */
class EMobilityTest {

    private static final String CHARGEMODE_PATH = "/api/data-transfer/ws/json/json/local/config/e-mobility/chargemode";
    private static final String EVSE_STATE_PATH = "/api/data-transfer/ws/json/json/local/evse/+/state";

    private KsemSimulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.stop();
        }
    }

    private TestHttp start(int wallboxes) {
        simulator = KsemSimulator.builder().password("secret").wallboxes(wallboxes).build().start();
        return new TestHttp(simulator);
    }

    @Test
    void listsItsWallboxesWithDetailsAndChargingPower() throws Exception {
        TestHttp http = start(2);
        String jwt = simulator.issueLoginToken();
        Wallbox first = simulator.wallboxes().first();
        first.setChargingPower(1_000_000, 2_000_000, 3_000_000).setState("stateCharging");

        JsonArray list = TestHttp.json(http.get("/api/e-mobility/evselist", jwt)).getAsJsonArray();
        assertEquals(2, list.size());
        JsonObject entry = list.get(0).getAsJsonObject();
        assertEquals(first.uuid(), entry.get("uuid").getAsString());
        assertEquals("stateCharging", entry.get("state").getAsString());
        assertEquals("ENECTOR 1", entry.get("label").getAsString());

        JsonObject details = TestHttp
                .json(http.get("/api/evse-kostal/evse/" + first.uuid() + "/details", jwt)).getAsJsonObject();
        assertEquals(first.serial(), details.get("serial").getAsString());

        JsonObject power = TestHttp.json(http.get("/api/e-mobility/state", jwt)).getAsJsonObject()
                .getAsJsonObject("EvChargingPower");
        assertEquals(6_000_000, power.get("total").getAsLong());
        assertEquals(2_000_000, power.get("l2").getAsLong());

        assertTrue(simulator.wallboxes().remove(first.uuid()));
        assertEquals(1, TestHttp.json(http.get("/api/e-mobility/evselist", jwt)).getAsJsonArray().size());
        assertEquals(404, http.get("/api/evse-kostal/evse/" + first.uuid() + "/details", jwt).statusCode());
    }

    @Test
    void withoutWallboxTheListIsEmptyAndStateAndDetailsAnswerErrors() throws Exception {
        TestHttp http = start(0);
        String jwt = simulator.issueLoginToken();
        assertEquals("[]", http.get("/api/e-mobility/evselist", jwt).body());
        assertEquals(500, http.get("/api/e-mobility/state", jwt).statusCode());
        assertEquals(404, http.get("/api/evse-kostal/evse/x/details", jwt).statusCode());
    }

    @Test
    void aFailingWallboxMakesStateAndDetailsAnswerErrors() throws Exception {
        TestHttp http = start(1);
        String jwt = simulator.issueLoginToken();
        Wallbox wallbox = simulator.wallboxes().first().setFailing(true);
        assertEquals(500, http.get("/api/e-mobility/state", jwt).statusCode());
        assertEquals(500, http.get("/api/evse-kostal/evse/" + wallbox.uuid() + "/details", jwt).statusCode());
        wallbox.setFailing(false).setState("stateOffline");
        assertEquals(200, http.get("/api/e-mobility/state", jwt).statusCode());
        assertEquals(500, http.get("/api/evse-kostal/evse/" + wallbox.uuid() + "/details", jwt).statusCode());
    }

    @Test
    void chargeModeWritesAnswer204WithAnOddContentTypeAndAreValidated() throws Exception {
        TestHttp http = start(1);
        String jwt = simulator.issueLoginToken();
        String body = "{\"mode\":\"grid\",\"mincharginpowerquota\":null,\"minpvpowerquota\":40,"
                + "\"lastminchargingpowerquota\":0,\"lastminpvpowerquota\":100,\"controlledby\":0}";
        HttpResponse<String> response = http.put("/api/e-mobility/config/chargemode", jwt, "application/json", body);
        assertEquals(204, response.statusCode());
        assertEquals("", response.body());
        assertEquals("grid", simulator.wallboxes().mode());
        assertTrue(simulator.wallboxes().chargeMode().get("mincharginpowerquota").isJsonNull());
        assertEquals(40, simulator.wallboxes().chargeMode().get("minpvpowerquota").getAsInt());

        assertEquals(400, http.put("/api/e-mobility/config/chargemode", jwt, "application/json",
                "{\"mode\":\"time\"}").statusCode());
        assertEquals(405, http.get("/api/e-mobility/config/chargemode", jwt).statusCode(),
                "reading the charge mode over REST is doubtful on a KSEM");

        String apiToken = simulator.tokens().createAuthorised("reader", TokenStore.ROLE_API, null).token();
        assertEquals(403, http.put("/api/e-mobility/config/chargemode", apiToken, "application/json", body)
                .statusCode());
    }

    @Test
    void phaseSwitchingBatteryUsageAndThePlan() throws Exception {
        TestHttp http = start(1);
        String jwt = simulator.issueLoginToken();
        HttpResponse<String> put = http.put("/api/e-mobility/config/phaseswitching", jwt, "application/json",
                "{\"phase_usage\":1}");
        assertEquals(200, put.statusCode());
        assertEquals("", put.body());
        assertEquals("{\"phase_usage\":1}", http.get("/api/e-mobility/config/phaseswitching", jwt).body());
        assertEquals(400, http.put("/api/e-mobility/config/phaseswitching", jwt, "application/json",
                "{\"phase_usage\":3}").statusCode());

        assertEquals(204, http.put("/api/kostal-energyflow/configuration/batteryusage", jwt, "text/plain", "false")
                .statusCode());
        assertFalse(simulator.wallboxes().batteryUsage());

        HttpResponse<String> plan = http.put("/api/e-mobility/timebasedCharge", jwt, "application/json",
                "[{\"weekday\":1,\"start_hour\":8,\"start_minute\":30,\"charge_mode\":2}]");
        assertEquals(200, plan.statusCode());
        JsonObject slot = TestHttp.json(plan).getAsJsonArray().get(0).getAsJsonObject();
        assertEquals("2018-01-01T08:00:00Z", slot.get("Starttime").getAsString());
        assertEquals(2, slot.get("Chargemode").getAsInt());
        assertEquals(List.of(new WallboxModel.PlanEntry(1, 8, 30, 2)), simulator.wallboxes().plan());
        JsonObject entry = TestHttp.json(http.get("/api/e-mobility/timebasedCharge", jwt)).getAsJsonArray().get(0)
                .getAsJsonObject();
        assertEquals(8, entry.get("start_hour").getAsInt());
    }

    @Test
    void theChargeModeStreamPushesTheCurrentModeAfterAuthenticationAndCountsOpenSockets() throws Exception {
        TestHttp http = start(1);
        String jwt = simulator.issueLoginToken();
        TextSocket socket = TextSocket.open(http, simulator, CHARGEMODE_PATH);
        awaitOpenSockets(CHARGEMODE_PATH, 1);
        socket.send("Bearer " + jwt);
        JsonObject first = socket.next();
        assertEquals("json/local/config/e-mobility/chargemode", first.get("topic").getAsString());
        assertEquals("pv", first.getAsJsonObject("msg").get("mode").getAsString());

        simulator.wallboxes().setMode("hybrid");
        assertEquals("hybrid", socket.next().getAsJsonObject("msg").get("mode").getAsString());

        socket.close();
        awaitOpenSockets(CHARGEMODE_PATH, 0);
        assertEquals(1, simulator.stats().webSocketsOpened(CHARGEMODE_PATH));
    }

    @Test
    void theEvseStateStreamPushesStatesAndRefusesABadToken() throws Exception {
        TestHttp http = start(1);
        Wallbox wallbox = simulator.wallboxes().first();
        TextSocket socket = TextSocket.open(http, simulator, EVSE_STATE_PATH);
        socket.send("Bearer " + simulator.issueLoginToken());
        JsonObject first = socket.next();
        assertEquals("json/local/evse/" + wallbox.uuid() + "/state", first.get("topic").getAsString());
        assertEquals("stateConnected", first.getAsJsonObject("msg").get("state").getAsString());
        wallbox.setState("stateCharging");
        assertEquals("stateCharging", socket.next().getAsJsonObject("msg").get("state").getAsString());
        socket.close();

        TextSocket refused = TextSocket.open(http, simulator, EVSE_STATE_PATH);
        refused.send("Bearer nonsense");
        assertEquals(1008, refused.closeCode());
    }

    private void awaitOpenSockets(String path, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (simulator.stats().openWebSockets(path) != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(expected, simulator.stats().openWebSockets(path));
    }

    /** A JSON stream opened with the JDK client; collects text messages. */
    private static final class TextSocket implements WebSocket.Listener {
        private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        private final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static TextSocket open(TestHttp http, KsemSimulator simulator, String path) {
            TextSocket listener = new TextSocket();
            URI uri = URI.create("ws://127.0.0.1:" + simulator.port() + path);
            listener.socket = http.client().newWebSocketBuilder().buildAsync(uri, listener).join();
            return listener;
        }

        void send(String text) {
            socket.sendText(text, true).join();
        }

        JsonObject next() throws InterruptedException {
            String message = messages.poll(5, TimeUnit.SECONDS);
            assertNotNull(message, "no message within 5 s");
            return JsonParser.parseString(message).getAsJsonObject();
        }

        int closeCode() throws Exception {
            return closed.get(5, TimeUnit.SECONDS);
        }

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(1006);
        }
    }
}
