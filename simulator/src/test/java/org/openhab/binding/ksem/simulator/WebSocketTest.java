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
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ksem.simulator.proto.FlexValue;
import org.openhab.binding.ksem.simulator.proto.GDR;
import org.openhab.binding.ksem.simulator.proto.GDRs;
import org.openhab.binding.ksem.simulator.proto.Status;

class WebSocketTest {

    private static final long FRAME_WAIT_MS = 10_000;

    private KsemSimulator simulator;
    private HttpClient client;
    private String jwt;

    @BeforeEach
    void start() {
        simulator = KsemSimulator.builder().frameInterval(Duration.ofMillis(50)).build().start();
        client = HttpClient.newHttpClient();
        jwt = simulator.issueLoginToken();
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    private GDR nextRecord(TestWebSocket socket, String key) throws Exception {
        byte[] frame = socket.nextFrame(FRAME_WAIT_MS);
        assertNotNull(frame, "a frame within " + FRAME_WAIT_MS + " ms");
        GDRs records = GDRs.parseFrom(frame);
        assertEquals(1, records.getGdrsCount());
        GDR record = records.getGdrsOrThrow(key);
        assertEquals(key, record.getId());
        return record;
    }

    @Test
    void smartMeterSendsTheFullObisSetWithPlausibleValues() throws Exception {
        TestWebSocket socket = TestWebSocket.openWithToken(client,
                simulator.webSocketUri(KsemSimulator.TOPIC_SMART_METER), jwt);

        GDR record = nextRecord(socket, "smart-meter");

        assertEquals(Status.STATUS_OK, record.getStatus());
        Instant timestamp = Instant.ofEpochSecond(record.getTimestamp().getSeconds(), record.getTimestamp().getNanos());
        assertTrue(Duration.between(timestamp, Instant.now()).abs().toSeconds() < 5);
        Map<Long, Long> values = record.getValuesMap();
        assertEquals(59, MeterModel.obisCodes().size());
        for (long code : MeterModel.obisCodes()) {
            assertTrue(values.containsKey(code), "missing " + Obis.format(code));
        }
        assertPlausible(values);
    }

    private static void assertPlausible(Map<Long, Long> values) {
        long activeImportSum = 0;
        for (int phase = 1; phase <= 3; phase++) {
            for (int[] pair : new int[][] { { 1, 2 }, { 3, 4 }, { 9, 10 } }) {
                long plus = values.get(Obis.phase(pair[0], phase, 4));
                long minus = values.get(Obis.phase(pair[1], phase, 4));
                assertTrue(plus == 0 || minus == 0, "L" + phase + " C" + pair[0] + " import and export both set");
            }
            long voltage = values.get(Obis.phase(Obis.VOLTAGE, phase, 4));
            assertTrue(voltage > 207_000 && voltage < 253_000, "voltage mV " + voltage);
            long powerFactor = values.get(Obis.phase(Obis.POWER_FACTOR, phase, 4));
            assertTrue(powerFactor > 0 && powerFactor <= 1000, "power factor " + powerFactor);
            long apparent = values.get(Obis.phase(9, phase, 4)) + values.get(Obis.phase(10, phase, 4));
            long current = values.get(Obis.phase(Obis.CURRENT, phase, 4));
            assertEquals(apparent * 1000.0 / voltage, current, 2.0, "I = S / U on L" + phase);
            activeImportSum += values.get(Obis.phase(1, phase, 4));
        }
        assertEquals(activeImportSum, values.get(Obis.of(1, 4)), "total import = sum of phases");
        long frequency = values.get(Obis.of(Obis.FREQUENCY, 4));
        assertTrue(frequency > 49_800 && frequency < 50_200, "frequency mHz " + frequency);
        assertTrue(values.get(Obis.of(1, 8)) > 1_000_000_000L, "a meter with history (mWh)");
    }

    @Test
    void energyCountersRiseWithThePower() throws Exception {
        TestWebSocket socket = TestWebSocket.openWithToken(client,
                simulator.webSocketUri(KsemSimulator.TOPIC_SMART_METER), jwt);
        Map<Long, Long> first = nextRecord(socket, "smart-meter").getValuesMap();
        Map<Long, Long> previous = first;
        for (int i = 0; i < 6; i++) {
            Map<Long, Long> current = nextRecord(socket, "smart-meter").getValuesMap();
            for (long code : MeterModel.obisCodes()) {
                if (Obis.mode(code) == Obis.MODE_INTEGRAL) {
                    assertTrue(current.get(code) >= previous.get(code), "counter fell: " + Obis.format(code));
                }
            }
            previous = current;
        }
        long rise = previous.get(Obis.of(9, 8)) + previous.get(Obis.of(10, 8)) - first.get(Obis.of(9, 8))
                - first.get(Obis.of(10, 8));
        assertTrue(rise > 0, "some apparent energy flowed");
    }

    @Test
    void sumValuesCarryTheEnergyFlow() throws Exception {
        TestWebSocket socket = TestWebSocket.openWithToken(client,
                simulator.webSocketUri(KsemSimulator.TOPIC_ENERGY_FLOW), jwt);

        GDR record = nextRecord(socket, "kostal-energyflow/sumvalues");

        Map<String, FlexValue> flex = record.getFlexValuesMap();
        for (String key : new String[] { "gridPowerTotal", "pvPowerTotal", "batteryPowerTotal", "housePowerTotal",
                "wallboxPowerTotal", "homeConsumptionPV", "homeConsumptionBattery", "homeConsumptionGrid",
                "systemStateOfCharge" }) {
            assertTrue(flex.containsKey(key), key);
        }
        assertTrue(flex.get("pvPowerTotal").getIntValue() < 0, "PV is negative while producing");
        assertTrue(flex.get("housePowerTotal").getIntValue() > 0);
        long soc = flex.get("systemStateOfCharge").getIntValue();
        assertTrue(soc >= 0 && soc <= 100);
        long balance = flex.get("housePowerTotal").getIntValue() + flex.get("wallboxPowerTotal").getIntValue()
                + flex.get("batteryPowerTotal").getIntValue() + flex.get("pvPowerTotal").getIntValue();
        assertEquals(balance, flex.get("gridPowerTotal").getIntValue(), 5, "grid = house + wallbox + battery - pv");
        for (long code : EnergyFlowModel.obisCodes()) {
            assertTrue(record.getValuesMap().containsKey(code), Obis.format(code));
        }
    }

    @Test
    void theSumValuesKeyIsConfigurable() throws Exception {
        simulator.stop();
        simulator = KsemSimulator.builder().frameInterval(Duration.ofMillis(50)).energyFlowSourceId("energyflow")
                .build().start();
        TestWebSocket socket = TestWebSocket.openWithToken(client,
                simulator.webSocketUri(KsemSimulator.TOPIC_ENERGY_FLOW), simulator.issueLoginToken());

        nextRecord(socket, "energyflow");
    }

    @Test
    void aFrameFollowsTheAuthenticationAtOnce() throws Exception {
        simulator.stop();
        simulator = KsemSimulator.builder().frameInterval(Duration.ofSeconds(30)).build().start();
        TestWebSocket socket = TestWebSocket.openWithToken(client,
                simulator.webSocketUri(KsemSimulator.TOPIC_SMART_METER), simulator.issueLoginToken());

        assertNotNull(socket.nextFrame(FRAME_WAIT_MS));
        assertEquals(1, simulator.stats().openWebSockets());
    }

    @Test
    void anInvalidTokenIsClosedWithPolicyViolation() {
        TestWebSocket socket = TestWebSocket.openWithToken(client,
                simulator.webSocketUri(KsemSimulator.TOPIC_SMART_METER), "nonsense");

        assertEquals(1008, socket.closeCode(FRAME_WAIT_MS));
    }

    @Test
    void aBinaryFirstFrameIsClosedWithPolicyViolation() {
        TestWebSocket socket = TestWebSocket.open(client, simulator.webSocketUri(KsemSimulator.TOPIC_SMART_METER));
        socket.sendBinary(("Bearer " + jwt).getBytes(StandardCharsets.UTF_8));

        assertEquals(1008, socket.closeCode(FRAME_WAIT_MS));
    }

    @Test
    void noFramesBeforeTheToken() throws Exception {
        TestWebSocket socket = TestWebSocket.open(client, simulator.webSocketUri(KsemSimulator.TOPIC_SMART_METER));

        assertNull(socket.nextFrame(300));
    }

    @Test
    void aRevokedTokenIsClosedAtTheNextFrame() throws Exception {
        AccessToken token = simulator.tokens().createAuthorised("openHAB", TokenStore.ROLE_API, null);
        TestWebSocket socket = TestWebSocket.openWithToken(client,
                simulator.webSocketUri(KsemSimulator.TOPIC_SMART_METER), token.token());
        assertNotNull(socket.nextFrame(FRAME_WAIT_MS));

        simulator.tokens().revoke(token.id());

        assertEquals(1008, socket.closeCode(FRAME_WAIT_MS));
    }

    @Test
    void aPendingTokenGetsNoData() {
        AccessToken token = simulator.tokens().create("openHAB", TokenStore.ROLE_API, null);
        TestWebSocket socket = TestWebSocket.openWithToken(client,
                simulator.webSocketUri(KsemSimulator.TOPIC_SMART_METER), token.token());

        assertEquals(1008, socket.closeCode(FRAME_WAIT_MS));
    }

    @Test
    void pinnedValuesAreSentExactlyAndLastFrameIsWhatWasSent() throws Exception {
        long gridImport = Obis.of(1, 4);
        simulator.meter().setValue(gridImport, 1_234_567);
        simulator.energyFlow().setFlex(EnergyFlowModel.SYSTEM_STATE_OF_CHARGE, 42);
        TestWebSocket meter = TestWebSocket.openWithToken(client,
                simulator.webSocketUri(KsemSimulator.TOPIC_SMART_METER), jwt);
        TestWebSocket flow = TestWebSocket.openWithToken(client,
                simulator.webSocketUri(KsemSimulator.TOPIC_ENERGY_FLOW), jwt);

        assertEquals(1_234_567, nextRecord(meter, "smart-meter").getValuesOrThrow(gridImport));
        assertEquals(42, nextRecord(flow, "kostal-energyflow/sumvalues").getFlexValuesOrThrow("systemStateOfCharge")
                .getIntValue());
        assertEquals(1_234_567, simulator.meter().values().get(gridImport));

        simulator.meter().clearValue(gridImport);
        // No further frames, so the last one received must be lastFrame. Not stop(): a tick running then may still
        // set lastFrame but no longer reach the socket. A stall starts no tick, and the one that may be running
        // still sends its frame; so wait until the socket (the topic's only subscriber) has every counted frame.
        simulator.faults().stall(Duration.ofMinutes(1));
        long deadline = System.nanoTime() + FRAME_WAIT_MS * 1_000_000;
        while (meter.framesReceived() != simulator.stats().framesSent(KsemSimulator.TOPIC_SMART_METER)
                || !Arrays.equals(meter.lastReceived(), simulator.lastFrame(KsemSimulator.TOPIC_SMART_METER))) {
            if (System.nanoTime() > deadline) {
                assertArrayEquals(meter.lastReceived(), simulator.lastFrame(KsemSimulator.TOPIC_SMART_METER));
                fail("received " + meter.framesReceived() + " frames, sent "
                        + simulator.stats().framesSent(KsemSimulator.TOPIC_SMART_METER));
            }
            Thread.sleep(50);
        }
        assertTrue(simulator.stats().framesSent(KsemSimulator.TOPIC_SMART_METER) >= 1);
    }

    @Test
    void unknownTopicsAreNotUpgraded() {
        URI unknown = URI.create("ws://127.0.0.1:" + simulator.port() + KsemSimulator.VALUES_PATH + "nothing");
        assertThrows(Exception.class, () -> TestWebSocket.open(client, unknown));
    }
}
