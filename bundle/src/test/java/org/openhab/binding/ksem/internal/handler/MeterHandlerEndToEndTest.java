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
package org.openhab.binding.ksem.internal.handler;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ksem.internal.protocol.ObisCode;
import org.openhab.binding.ksem.simulator.KsemSimulator;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;

/**
 * The real handler against the simulator over real HTTP and WebSocket on loopback: it comes ONLINE, publishes the
 * simulator's raw values scaled to W and kWh, reads the device properties, and reports wrong passwords and unreachable
 * devices with the right status.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class MeterHandlerEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private @Nullable KsemSimulator simulator;
    private @Nullable MeterHarness harness;

    @AfterEach
    void tearDown() throws Exception {
        MeterHarness h = harness;
        if (h != null) {
            h.close();
        }
        KsemSimulator s = simulator;
        if (s != null) {
            s.stop();
        }
    }

    private KsemSimulator simulator(boolean tokenEndpoints) {
        KsemSimulator s = KsemSimulator.builder().password("secret").frameInterval(Duration.ofMillis(100))
                .tokenEndpoints(tokenEndpoints).build();
        s.start();
        simulator = s;
        return s;
    }

    private MeterHarness harness(Map<String, Object> config) throws Exception {
        MeterHarness h = new MeterHarness(config);
        harness = h;
        h.initialize();
        return h;
    }

    private static boolean online(ThingStatusInfo status) {
        return status.getStatus() == ThingStatus.ONLINE;
    }

    @Test
    void comesOnlineAndPublishesTheSimulatorsValuesScaled() throws Exception {
        KsemSimulator sim = simulator(false);
        sim.meter().setValue(ObisCode.key(1, 4), 1_234_567); // mW
        sim.meter().setValue(ObisCode.key(2, 4), 0);
        sim.meter().setValue(ObisCode.key(1, 8), 12_345_678_901L); // mWh
        sim.meter().setValue(ObisCode.key(2, 8), 98_765_432L);
        MeterHarness h = harness(
                Map.of("hostname", "127.0.0.1:" + sim.port(), "password", "secret", "updateInterval", BigDecimal.ZERO));

        h.awaitStatus(MeterHandlerEndToEndTest::online, WAIT);
        assertEquals(ThingStatus.UNKNOWN, h.statuses.get(0).getStatus(), "UNKNOWN while connecting");
        // a KSEM without token requests: the owner is told how to create a token by hand
        ThingStatusInfo status = h
                .awaitStatus(s -> online(s) && s.getStatusDetail() == ThingStatusDetail.CONFIGURATION_PENDING, WAIT);
        assertTrue(String.valueOf(status.getDescription()).startsWith("@text/online.token-unsupported"));

        // net power is published after the measured values of the same frame
        MeterHarness.waitFor(() -> h.state("grid", "power-net") != null, WAIT, () -> "power-net");
        assertEquals(new QuantityType<>(new BigDecimal("1234.567"), Units.WATT), h.state("grid", "power-import"));
        assertEquals(new QuantityType<>(BigDecimal.ZERO, Units.WATT), h.state("grid", "power-export"));
        assertEquals(new QuantityType<>(new BigDecimal("1234.567"), Units.WATT), h.state("grid", "power-net"));
        assertEquals(new QuantityType<>(new BigDecimal("12345.678901"), Units.KILOWATT_HOUR),
                h.state("grid", "energy-import"));
        assertEquals(new QuantityType<>(new BigDecimal("98.765432"), Units.KILOWATT_HOUR),
                h.state("grid", "energy-export"));
        QuantityType<?> power = (QuantityType<?>) h.state("grid", "power-import");
        assertNotNull(power);
        assertEquals(Units.WATT, power.getUnit());

        assertEquals(sim.device().serial(), h.properties.get("serialNumber"));
        assertEquals(sim.device().firmwareVersion(), h.properties.get("firmwareVersion"));
        assertEquals(sim.device().mac(), h.properties.get("macAddress"));
        assertEquals(sim.device().productName(), h.properties.get("modelId"));
        assertEquals("KOSTAL", h.properties.get("vendor"));
    }

    @Test
    void unrealisticallyLargeCountersStayExact() throws Exception {
        KsemSimulator sim = simulator(false);
        sim.meter().setValue(ObisCode.key(21, 8), Long.MAX_VALUE);
        MeterHarness h = harness(
                Map.of("hostname", "127.0.0.1:" + sim.port(), "password", "secret", "updateInterval", BigDecimal.ZERO));
        MeterHarness.waitFor(() -> h.state("l1", "energy-import") != null, WAIT, () -> "l1 energy");
        assertEquals(new QuantityType<>(new BigDecimal("9223372036854.775807"), Units.KILOWATT_HOUR),
                h.state("l1", "energy-import"));
    }

    @Test
    void aWrongPasswordIsAConfigurationError() throws Exception {
        KsemSimulator sim = simulator(true);
        MeterHarness h = harness(Map.of("hostname", "127.0.0.1:" + sim.port(), "password", "wrong"));
        ThingStatusInfo status = h.awaitStatus(s -> s.getStatus() == ThingStatus.OFFLINE, WAIT);
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, status.getStatusDetail());
        assertEquals("@text/offline.conf-error-wrong-password", status.getDescription());
        Thread.sleep(1500);
        assertEquals(1, sim.stats().logins() + sim.stats().rejectedLogins(),
                "a rejected password is not retried in a loop");
    }

    @Test
    void anUnreachableDeviceIsACommunicationErrorAndIsRetried() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        MeterHarness h = harness(Map.of("hostname", "127.0.0.1:" + port, "password", "secret"));
        ThingStatusInfo status = h.awaitStatus(s -> s.getStatus() == ThingStatus.OFFLINE, WAIT);
        assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, status.getStatusDetail());
        assertTrue(String.valueOf(status.getDescription())
                .startsWith("@text/offline.comm-error-unreachable [\"127.0.0.1:" + port + "\""), status::toString);
        MeterHarness.waitFor(() -> h.statuses.size() >= 3, WAIT, () -> "retries: " + h.statuses);
    }

    @Test
    void configurationErrorsNeedNoNetwork() throws Exception {
        MeterHarness noHost = harness(Map.of("password", "secret"));
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.conf-error-no-host"), noHost.lastStatus());
        noHost.close();

        MeterHarness badHost = harness(Map.of("hostname", "http://ksem/", "password", "secret"));
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, badHost.lastStatus().getStatusDetail());
        assertEquals("@text/offline.conf-error-invalid-host [\"http://ksem/\"]", badHost.lastStatus().getDescription());
        badHost.close();

        MeterHarness noCredentials = harness(Map.of("hostname", "ksem"));
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.conf-error-no-credentials"), noCredentials.lastStatus());
    }
}
