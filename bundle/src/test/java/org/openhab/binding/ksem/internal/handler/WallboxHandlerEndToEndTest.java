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
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ksem.internal.action.KsemWallboxActions;
import org.openhab.binding.ksem.internal.api.EMobilityApi;
import org.openhab.binding.ksem.simulator.KsemSimulator;
import org.openhab.binding.ksem.simulator.TokenStore;
import org.openhab.binding.ksem.simulator.Wallbox;
import org.openhab.binding.ksem.simulator.WallboxModel;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * The real wallbox handler under the real meter bridge against the simulator over loopback: every channel shows the
 * device's values, every command is written with the documented call and the channel then shows what the device
 * reports, the chargemode stream is only ever read as a snapshot, and a wallbox that disappears, answers errors or is
 * offline gets the right status while the meter stays online.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class WallboxHandlerEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String CHARGEMODE_STREAM = EMobilityApi.CHARGE_MODE_STREAM;

    private @Nullable KsemSimulator simulator;
    private @Nullable WallboxHarness harness;

    @AfterEach
    void tearDown() throws Exception {
        WallboxHarness h = harness;
        if (h != null) {
            h.close();
        }
        KsemSimulator s = simulator;
        if (s != null) {
            s.stop();
        }
    }

    private KsemSimulator simulator(int wallboxes) {
        KsemSimulator s = KsemSimulator.builder().password("secret").frameInterval(Duration.ofMillis(100))
                .tokenEndpoints(false).wallboxes(wallboxes).build();
        s.start();
        simulator = s;
        return s;
    }

    /** A simulator with one wallbox that also answers the token calls. */
    private KsemSimulator simulatorWithOneWallbox() {
        KsemSimulator s = KsemSimulator.builder().password("secret").frameInterval(Duration.ofMillis(100)).wallboxes(1)
                .build();
        s.start();
        simulator = s;
        return s;
    }

    /** A connected meter bridge on an access token of role api: may read, not write. */
    private WallboxHarness bridgeOnApiToken(KsemSimulator sim) throws Exception {
        String token = sim.tokens().createAuthorised("openHAB", TokenStore.ROLE_API, null).token();
        return bridge(sim, Map.of("accessToken", token));
    }

    /** A connected meter bridge with the password (role admin,user: may write). */
    private WallboxHarness bridge(KsemSimulator sim, Map<String, Object> meterConfig) throws Exception {
        Map<String, Object> config = new HashMap<>(meterConfig);
        config.put("hostname", "127.0.0.1:" + sim.port());
        config.put("updateInterval", BigDecimal.ZERO);
        MeterHarness meter = new MeterHarness(config);
        WallboxHarness h = new WallboxHarness(meter);
        harness = h;
        meter.initialize();
        meter.awaitStatus(s -> s.getStatus() == ThingStatus.ONLINE, WAIT);
        return h;
    }

    private WallboxHarness bridge(KsemSimulator sim) throws Exception {
        return bridge(sim, Map.of("password", "secret"));
    }

    private static Map<String, Object> wallboxConfig(String uuid) {
        return Map.of("uuid", uuid, "refreshInterval", BigDecimal.valueOf(60));
    }

    private static boolean online(ThingStatusInfo status) {
        return status.getStatus() == ThingStatus.ONLINE;
    }

    private static QuantityType<?> watts(String value) {
        return new QuantityType<>(new BigDecimal(value), Units.WATT);
    }

    private static QuantityType<?> percent(int value) {
        return new QuantityType<>(value, Units.PERCENT);
    }

    /** Waits for an update of the channel with this state after its history was cleared (a re-read). */
    private static void awaitUpdate(WallboxHarness.Wallbox wallbox, String channel, State expected) {
        MeterHarness.waitFor(() -> wallbox.history.getOrDefault(channel, List.of()).contains(expected), WAIT,
                () -> channel + " updated to " + expected + "; got " + wallbox.history.get(channel));
    }

    private static void awaitSocketsClosed(KsemSimulator sim) {
        MeterHarness.waitFor(() -> sim.stats().openWebSockets(CHARGEMODE_STREAM) == 0, WAIT,
                () -> "chargemode sockets closed, open: " + sim.stats().openWebSockets(CHARGEMODE_STREAM));
    }

    @Test
    void everyChannelAndPropertyShowsTheDevicesValues() throws Exception {
        KsemSimulator sim = simulator(1);
        Wallbox device = sim.wallboxes().first();
        device.setState("stateCharging").setChargingPower(1_234_567, 2_000_000, 0);
        sim.wallboxes().setMode("hybrid");
        sim.wallboxes().setQuotas(30, 70);
        sim.wallboxes().setPhaseUsage(1);
        sim.wallboxes().setBatteryUsage(false);
        WallboxHarness h = bridge(sim);

        WallboxHarness.Wallbox wallbox = h.add("wb", wallboxConfig(device.uuid())).initialize();
        assertEquals(ThingStatus.UNKNOWN, wallbox.statuses.get(0).getStatus());
        assertEquals("@text/status.wallbox-waiting", wallbox.statuses.get(0).getDescription());
        wallbox.awaitStatus(WallboxHandlerEndToEndTest::online, WAIT);
        assertEquals(ThingStatusDetail.NONE, wallbox.lastStatus().getStatusDetail());

        wallbox.awaitState("battery-usage", OnOffType.OFF, WAIT);
        wallbox.awaitState("charge-mode", new StringType("hybrid"), WAIT);
        assertEquals(new StringType("stateCharging"), wallbox.state("state"));
        assertEquals(watts("3234.567"), wallbox.state("charging-power"));
        assertEquals(watts("1234.567"), wallbox.state("charging-power-l1"));
        assertEquals(watts("2000"), wallbox.state("charging-power-l2"));
        assertEquals(watts("0"), wallbox.state("charging-power-l3"));
        assertEquals(percent(30), wallbox.state("min-charging-power-quota"));
        assertEquals(percent(70), wallbox.state("min-pv-power-quota"));
        assertEquals(new DecimalType(1), wallbox.state("phase-switching"));
        assertEquals(10, wallbox.latest.size(), "every channel: " + wallbox.latest.keySet());

        MeterHarness.waitFor(() -> device.serial().equals(wallbox.thing.getProperties().get("serialNumber")), WAIT,
                () -> "properties " + wallbox.thing.getProperties());
        assertEquals(device.model(), wallbox.thing.getProperties().get("modelId"));
        assertEquals(device.version(), wallbox.thing.getProperties().get("firmwareVersion"));
        assertEquals(device.hardware(), wallbox.thing.getProperties().get("hardwareVersion"));

        // live values follow the device
        device.setState("statePaused").setChargingPower(0, 0, 0);
        wallbox.awaitState("state", new StringType("statePaused"), WAIT);
        wallbox.awaitState("charging-power", watts("0"), WAIT);
        assertEquals(ThingStatus.ONLINE, h.meter.lastStatus().getStatus());
    }

    @Test
    void theChargeModeIsReadAsASnapshotAndTheSocketIsClosedAgain() throws Exception {
        KsemSimulator sim = simulator(1);
        WallboxHarness h = bridge(sim);
        WallboxHarness.Wallbox wallbox = h.add("wb", wallboxConfig(sim.wallboxes().first().uuid())).initialize();
        wallbox.awaitState("charge-mode", new StringType("pv"), WAIT);
        awaitSocketsClosed(sim);
        long opened = sim.stats().webSocketsOpened(CHARGEMODE_STREAM);
        assertTrue(opened >= 1, "the charge mode came from the stream");

        // while the handler keeps polling, no chargemode socket stays open (api §7.1)
        long until = System.nanoTime() + Duration.ofMillis(1500).toNanos();
        while (System.nanoTime() < until) {
            assertEquals(0, sim.stats().openWebSockets(CHARGEMODE_STREAM), "no chargemode socket stays open");
            Thread.sleep(50);
        }
        assertEquals(opened, sim.stats().webSocketsOpened(CHARGEMODE_STREAM),
                "no further snapshot before refreshInterval (60 s)");

        // a write reads the object (1 socket), writes, and reads the result (1 socket); both closed again
        wallbox.command("charge-mode", new StringType("grid"));
        wallbox.awaitState("charge-mode", new StringType("grid"), WAIT);
        awaitSocketsClosed(sim);
        assertEquals(opened + 2, sim.stats().webSocketsOpened(CHARGEMODE_STREAM));

        // REFRESH takes one more snapshot, e.g. after a change in the KSEM web interface
        sim.wallboxes().setMode("lock");
        wallbox.command("charge-mode", RefreshType.REFRESH);
        wallbox.awaitState("charge-mode", new StringType("lock"), WAIT);
        awaitSocketsClosed(sim);
    }

    @Test
    void everyCommandIsWrittenAndTheChannelShowsTheDevicesAnswer() throws Exception {
        KsemSimulator sim = simulator(1);
        WallboxHarness h = bridge(sim);
        WallboxHarness.Wallbox wallbox = h.add("wb", wallboxConfig(sim.wallboxes().first().uuid())).initialize();
        wallbox.awaitStatus(WallboxHandlerEndToEndTest::online, WAIT);
        wallbox.awaitState("battery-usage", OnOffType.ON, WAIT);
        WallboxModel device = sim.wallboxes();

        wallbox.command("charge-mode", new StringType("grid"));
        wallbox.awaitState("charge-mode", new StringType("grid"), WAIT);
        assertEquals("grid", device.mode());

        wallbox.command("min-pv-power-quota", new QuantityType<>(55, Units.PERCENT));
        wallbox.awaitState("min-pv-power-quota", percent(55), WAIT);
        assertEquals(55, device.chargeMode().get("minpvpowerquota").getAsInt());

        wallbox.command("min-charging-power-quota", new DecimalType(25));
        wallbox.awaitState("min-charging-power-quota", percent(25), WAIT);
        assertEquals(25, device.chargeMode().get("mincharginpowerquota").getAsInt());
        // the full object was written each time: members the binding does not know are kept
        assertEquals(100, device.chargeMode().get("lastminpvpowerquota").getAsInt());
        assertEquals(0, device.chargeMode().get("controlledby").getAsInt());
        assertEquals("grid", device.mode());

        wallbox.command("phase-switching", new DecimalType(0));
        wallbox.awaitState("phase-switching", new DecimalType(0), WAIT);
        assertEquals(0, device.phaseUsage());

        wallbox.command("battery-usage", OnOffType.OFF);
        wallbox.awaitState("battery-usage", OnOffType.OFF, WAIT);
        assertFalse(device.batteryUsage());
        wallbox.command("battery-usage", OnOffType.ON);
        wallbox.awaitState("battery-usage", OnOffType.ON, WAIT);
        assertTrue(device.batteryUsage());

        // invalid values are not written; the channel is set back to the device's value
        long writes = sim.stats().restCalls(EMobilityApi.CHARGE_MODE);
        wallbox.history.remove("charge-mode");
        wallbox.command("charge-mode", new StringType("time"));
        awaitUpdate(wallbox, "charge-mode", new StringType("grid"));
        wallbox.history.remove("min-pv-power-quota");
        wallbox.command("min-pv-power-quota", new DecimalType(150));
        awaitUpdate(wallbox, "min-pv-power-quota", percent(55));
        wallbox.history.remove("phase-switching");
        wallbox.command("phase-switching", new DecimalType(3));
        awaitUpdate(wallbox, "phase-switching", new DecimalType(0));
        assertEquals(writes, sim.stats().restCalls(EMobilityApi.CHARGE_MODE));
        assertEquals(0, device.phaseUsage());
        assertEquals(ThingStatusDetail.NONE, wallbox.lastStatus().getStatusDetail());
    }

    @Test
    void aTokenWithRoleApiCannotWriteAndTheMeterStaysOnline() throws Exception {
        KsemSimulator sim = simulatorWithOneWallbox();
        WallboxHarness h = bridgeOnApiToken(sim);
        WallboxHarness.Wallbox wallbox = h.add("wb", wallboxConfig(sim.wallboxes().first().uuid())).initialize();
        wallbox.awaitStatus(WallboxHandlerEndToEndTest::online, WAIT);
        wallbox.awaitState("charge-mode", new StringType("pv"), WAIT);

        wallbox.history.remove("charge-mode");
        wallbox.command("charge-mode", new StringType("lock"));
        ThingStatusInfo status = wallbox
                .awaitStatus(s -> s.getStatusDetail() == ThingStatusDetail.CONFIGURATION_PENDING, WAIT);
        assertEquals(ThingStatus.ONLINE, status.getStatus(), "reading still works");
        assertEquals("@text/offline.conf-error-token-forbidden [\"charge-mode\"]", status.getDescription());
        assertEquals("pv", sim.wallboxes().mode());
        awaitUpdate(wallbox, "charge-mode", new StringType("pv")); // re-read after the refused write

        wallbox.command("battery-usage", OnOffType.OFF);
        wallbox.command("phase-switching", new DecimalType(1));
        Thread.sleep(500);
        assertTrue(sim.wallboxes().batteryUsage());
        assertEquals(2, sim.wallboxes().phaseUsage());
        assertEquals(ThingStatus.ONLINE, h.meter.lastStatus().getStatus(), "a refused write is not a meter problem");
        assertEquals(ThingStatus.ONLINE, wallbox.lastStatus().getStatus());
    }

    @Test
    void aWallboxThatDisappearsIsGone() throws Exception {
        KsemSimulator sim = simulator(2);
        WallboxHarness h = bridge(sim);
        Wallbox device = sim.wallboxes().list().get(1);
        WallboxHarness.Wallbox wallbox = h.add("wb", wallboxConfig(device.uuid())).initialize();
        wallbox.awaitStatus(WallboxHandlerEndToEndTest::online, WAIT);

        assertTrue(sim.wallboxes().remove(device.uuid()));
        ThingStatusInfo status = wallbox.awaitStatus(s -> s.getStatus() == ThingStatus.OFFLINE, WAIT);
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.GONE, "@text/offline.wallbox-gone"),
                status);
        assertEquals(UnDefType.UNDEF, wallbox.state("state"));
        assertEquals(ThingStatus.ONLINE, h.meter.lastStatus().getStatus());
    }

    @Test
    void aConfiguredWallboxOnAKsemWithoutWallboxIsGone() throws Exception {
        KsemSimulator sim = simulator(0);
        WallboxHarness h = bridge(sim);
        WallboxHarness.Wallbox wallbox = h.add("wb", wallboxConfig("0b3d3c7a-1f7e-3c4b-9d55-0123456789ab"))
                .initialize();
        ThingStatusInfo status = wallbox.awaitStatus(s -> s.getStatus() == ThingStatus.OFFLINE, WAIT);
        assertEquals(ThingStatusDetail.GONE, status.getStatusDetail());
        assertEquals(ThingStatus.ONLINE, h.meter.lastStatus().getStatus());
    }

    @Test
    void aWallboxThatAnswersErrorsIsACommunicationErrorAndIsRetried() throws Exception {
        KsemSimulator sim = simulator(1);
        WallboxHarness h = bridge(sim);
        Wallbox device = sim.wallboxes().first();
        WallboxHarness.Wallbox wallbox = h.add("wb", wallboxConfig(device.uuid())).initialize();
        wallbox.awaitStatus(WallboxHandlerEndToEndTest::online, WAIT);

        device.setFailing(true);
        ThingStatusInfo status = wallbox.awaitStatus(s -> s.getStatus() == ThingStatus.OFFLINE, WAIT);
        assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, status.getStatusDetail());
        assertTrue(String.valueOf(status.getDescription())
                .startsWith("@text/offline.wallbox-error [\"HTTP 500 for /api/e-mobility/state"), status::toString);
        assertEquals(ThingStatus.ONLINE, h.meter.lastStatus().getStatus(), "the meter keeps its values");

        device.setFailing(false);
        wallbox.awaitStatus(WallboxHandlerEndToEndTest::online, WAIT);
    }

    @Test
    void anOfflineWallboxIsReportedAndItsDetailsAreNotRequested() throws Exception {
        KsemSimulator sim = simulator(1);
        Wallbox device = sim.wallboxes().first().setState("stateOffline");
        WallboxHarness h = bridge(sim);
        WallboxHarness.Wallbox wallbox = h.add("wb", wallboxConfig(device.uuid())).initialize();
        ThingStatusInfo status = wallbox.awaitStatus(s -> s.getStatus() == ThingStatus.OFFLINE, WAIT);
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                "@text/offline.wallbox-error [\"stateOffline\"]"), status);
        assertEquals(new StringType("stateOffline"), wallbox.state("state"));
        assertEquals(UnDefType.UNDEF, wallbox.state("charging-power"));
        Thread.sleep(700);
        String details = EMobilityApi.detailsPath(device.uuid());
        assertEquals(0, sim.stats().restCalls(details), "details are skipped while the wallbox is offline");

        device.setState("stateConnected");
        wallbox.awaitStatus(WallboxHandlerEndToEndTest::online, WAIT);
        MeterHarness.waitFor(() -> wallbox.thing.getProperties().containsKey("serialNumber"), WAIT,
                () -> "properties once the wallbox is back");
        assertEquals(1, sim.stats().restCalls(details));
    }

    @Test
    void aBridgeThatGoesOfflineTakesTheWallboxAlong() throws Exception {
        KsemSimulator sim = simulator(1);
        WallboxHarness h = bridge(sim);
        WallboxHarness.Wallbox wallbox = h.add("wb", wallboxConfig(sim.wallboxes().first().uuid())).initialize();
        wallbox.awaitStatus(WallboxHandlerEndToEndTest::online, WAIT);

        sim.faults().reboot(Duration.ofSeconds(1));
        // a wallbox poll caught by the reboot may report a communication error first; the bridge's state follows
        ThingStatusInfo status = wallbox.awaitStatus(s -> s.getStatusDetail() == ThingStatusDetail.BRIDGE_OFFLINE,
                WAIT);
        assertEquals(ThingStatus.OFFLINE, status.getStatus());
        h.meter.awaitStatus(WallboxHandlerEndToEndTest::online, Duration.ofSeconds(20));
        wallbox.awaitStatus(WallboxHandlerEndToEndTest::online, WAIT);
    }

    @Test
    void aWallboxStartedBeforeItsBridgeConnectsComesOnlineWithIt() throws Exception {
        KsemSimulator sim = simulator(1);
        sim.wallboxes().setMode("grid");
        MeterHarness meter = new MeterHarness(
                Map.of("hostname", "127.0.0.1:" + sim.port(), "password", "secret", "updateInterval", BigDecimal.ZERO));
        WallboxHarness h = new WallboxHarness(meter);
        harness = h;
        WallboxHarness.Wallbox wallbox = h.add("wb", wallboxConfig(sim.wallboxes().first().uuid())).initialize();
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE, null),
                wallbox.lastStatus());

        meter.initialize();
        wallbox.awaitStatus(WallboxHandlerEndToEndTest::online, WAIT);
        wallbox.awaitState("charge-mode", new StringType("grid"), WAIT);
        wallbox.awaitState("battery-usage", OnOffType.ON, WAIT);
    }

    @Test
    void withoutUuidTheWallboxIsAConfigurationError() throws Exception {
        KsemSimulator sim = simulator(1);
        WallboxHarness h = bridge(sim);
        WallboxHarness.Wallbox wallbox = h.add("wb", Map.of()).initialize();
        assertEquals(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.conf-error-no-uuid"), wallbox.lastStatus());
    }

    @Test
    void aChangeByOneWallboxMakesTheOtherReadTheKsemWideSettings() throws Exception {
        KsemSimulator sim = simulator(2);
        WallboxHarness h = bridge(sim);
        WallboxHarness.Wallbox first = h.add("wb1", wallboxConfig(sim.wallboxes().list().get(0).uuid())).initialize();
        WallboxHarness.Wallbox second = h.add("wb2", wallboxConfig(sim.wallboxes().list().get(1).uuid())).initialize();
        second.awaitState("battery-usage", OnOffType.ON, WAIT);
        first.command("battery-usage", OnOffType.OFF);
        second.awaitState("battery-usage", OnOffType.OFF, WAIT);
    }

    @Test
    void theChargingPlanActionsSetGetAndClearThePlan() throws Exception {
        KsemSimulator sim = simulator(1);
        WallboxHarness h = bridge(sim);
        WallboxHarness.Wallbox wallbox = h.add("wb", wallboxConfig(sim.wallboxes().first().uuid())).initialize();
        wallbox.awaitStatus(WallboxHandlerEndToEndTest::online, WAIT);
        KsemWallboxActions actions = new KsemWallboxActions();
        actions.setThingHandler(wallbox.handler);

        Map<String, Object> set = actions.setChargingPlan("sat 10:00 hybrid; MON 18:00 off, Monday 8:00 PV");
        assertEquals("Done.", set.get("message"));
        assertEquals("MON 08:00 pv, MON 18:00 off, SAT 10:00 hybrid", set.get("plan"), "the plan the KSEM confirmed");
        assertEquals(List.of(new WallboxModel.PlanEntry(1, 8, 0, 2), new WallboxModel.PlanEntry(1, 18, 0, 0),
                new WallboxModel.PlanEntry(6, 10, 0, 3)), sim.wallboxes().plan());

        Map<String, Object> get = KsemWallboxActions.getChargingPlan(actions);
        assertEquals("MON 08:00 pv, MON 18:00 off, SAT 10:00 hybrid", get.get("plan"));
        assertEquals("Done.", get.get("message"));

        Map<String, Object> invalid = actions.setChargingPlan("MON 08:30 pv");
        assertEquals("", invalid.get("plan"));
        assertTrue(String.valueOf(invalid.get("message")).contains("whole hours"), invalid::toString);
        assertEquals(3, sim.wallboxes().plan().size(), "an invalid plan is not written");

        Map<String, Object> cleared = KsemWallboxActions.clearChargingPlan(actions);
        assertEquals("Done.", cleared.get("message"));
        assertEquals("", cleared.get("plan"));
        assertEquals(List.of(), sim.wallboxes().plan());
        assertEquals("", actions.getChargingPlan().get("plan"));
    }

    @Test
    void theChargingPlanNeedsRoleAdmin() throws Exception {
        KsemSimulator sim = simulatorWithOneWallbox();
        WallboxHarness h = bridgeOnApiToken(sim);
        WallboxHarness.Wallbox wallbox = h.add("wb", wallboxConfig(sim.wallboxes().first().uuid())).initialize();
        wallbox.awaitStatus(WallboxHandlerEndToEndTest::online, WAIT);
        KsemWallboxActions actions = new KsemWallboxActions();
        actions.setThingHandler(wallbox.handler);
        Map<String, Object> result = KsemWallboxActions.setChargingPlan(actions, "MON 08:00 pv");
        assertTrue(String.valueOf(result.get("message")).contains("role admin"), result::toString);
        assertEquals(List.of(), sim.wallboxes().plan());
    }
}
