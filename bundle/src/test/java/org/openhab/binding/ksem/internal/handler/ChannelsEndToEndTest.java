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
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ksem.simulator.EnergyFlowModel;
import org.openhab.binding.ksem.simulator.KsemSimulator;
import org.openhab.binding.ksem.simulator.MeterModel;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.MetricPrefix;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.types.State;

/**
 * Drives the simulator with a distinct value for every quantity of both streams and checks every channel: value,
 * unit and scaling, per phase and in total; unlinked channels get nothing; the update interval holds without losing
 * the latest value. The expectations are written out here, independently of the binding's mapping table.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class ChannelsEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Predicate<ChannelUID> ALL = channel -> true;
    private static final String[] GROUPS = { "grid", "l1", "l2", "l3" };

    /** Indicator C (of the total) → channel id, state factory; mode D = 4 (mean) or 8 (energy). */
    private static final Map<String, Function<Long, State>> STATE_BY_CODE = new HashMap<>();
    private static final Map<String, String> CHANNEL_BY_CODE = new HashMap<>();

    static {
        quantity(1, 4, "power-import", raw -> new QuantityType<>(BigDecimal.valueOf(raw, 3), Units.WATT));
        quantity(2, 4, "power-export", raw -> new QuantityType<>(BigDecimal.valueOf(raw, 3), Units.WATT));
        quantity(3, 4, "reactive-power-import", raw -> new QuantityType<>(BigDecimal.valueOf(raw, 3), Units.VAR));
        quantity(4, 4, "reactive-power-export", raw -> new QuantityType<>(BigDecimal.valueOf(raw, 3), Units.VAR));
        quantity(9, 4, "apparent-power-import",
                raw -> new QuantityType<>(BigDecimal.valueOf(raw, 3), Units.VOLT_AMPERE));
        quantity(10, 4, "apparent-power-export",
                raw -> new QuantityType<>(BigDecimal.valueOf(raw, 3), Units.VOLT_AMPERE));
        quantity(11, 4, "current", raw -> new QuantityType<>(BigDecimal.valueOf(raw, 3), Units.AMPERE));
        quantity(12, 4, "voltage", raw -> new QuantityType<>(BigDecimal.valueOf(raw, 3), Units.VOLT));
        quantity(13, 4, "power-factor", raw -> new DecimalType(BigDecimal.valueOf(raw, 3)));
        quantity(14, 4, "frequency", raw -> new QuantityType<>(BigDecimal.valueOf(raw, 3), Units.HERTZ));
        quantity(1, 8, "energy-import", raw -> new QuantityType<>(BigDecimal.valueOf(raw, 6), Units.KILOWATT_HOUR));
        quantity(2, 8, "energy-export", raw -> new QuantityType<>(BigDecimal.valueOf(raw, 6), Units.KILOWATT_HOUR));
        quantity(3, 8, "reactive-energy-import",
                raw -> new QuantityType<>(BigDecimal.valueOf(raw, 6), Units.KILOVAR_HOUR));
        quantity(4, 8, "reactive-energy-export",
                raw -> new QuantityType<>(BigDecimal.valueOf(raw, 6), Units.KILOVAR_HOUR));
        quantity(9, 8, "apparent-energy-import",
                raw -> new QuantityType<>(BigDecimal.valueOf(raw, 6), MetricPrefix.KILO(Units.VOLT_AMPERE_HOUR)));
        quantity(10, 8, "apparent-energy-export",
                raw -> new QuantityType<>(BigDecimal.valueOf(raw, 6), MetricPrefix.KILO(Units.VOLT_AMPERE_HOUR)));
    }

    private static void quantity(int c, int d, String channel, Function<Long, State> state) {
        CHANNEL_BY_CODE.put(c + "." + d, channel);
        STATE_BY_CODE.put(c + "." + d, state);
    }

    private final List<AutoCloseable> closeables = new java.util.ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    private KsemSimulator simulator() {
        KsemSimulator s = KsemSimulator.builder().password("secret").frameInterval(Duration.ofMillis(100))
                .tokenEndpoints(false).build();
        s.start();
        closeables.add(s::stop);
        return s;
    }

    private MeterHarness harness(KsemSimulator sim, int updateInterval, Predicate<ChannelUID> linked) throws Exception {
        MeterHarness h = new MeterHarness(Map.of("hostname", "127.0.0.1:" + sim.port(), "password", "secret",
                "updateInterval", BigDecimal.valueOf(updateInterval)));
        closeables.add(h);
        h.linked = linked;
        h.initialize();
        h.awaitStatus(s -> s.getStatus() == ThingStatus.ONLINE, WAIT);
        return h;
    }

    @Test
    void everyMeterQuantityPerPhaseAndTotal() throws Exception {
        KsemSimulator sim = simulator();
        Map<ChannelUID, State> expected = new HashMap<>();
        long raw = 1_000_003;
        Map<Long, Long> pinned = new HashMap<>();
        for (long obis : MeterModel.obisCodes()) {
            raw += 7_777;
            sim.meter().setValue(obis, raw);
            pinned.put(obis, raw);
        }
        MeterHarness h = harness(sim, 0, ALL);
        for (Map.Entry<Long, Long> entry : pinned.entrySet()) {
            long obis = entry.getKey();
            int c = (int) (obis >>> 24) & 0xFF;
            int d = (int) (obis >>> 16) & 0xFF;
            String code = (c % 20) + "." + d;
            String channel = CHANNEL_BY_CODE.get(code);
            assertNotNull(channel, "every simulated code has a channel: " + c + "." + d);
            expected.put(h.channel(GROUPS[c / 20], channel), STATE_BY_CODE.get(code).apply(entry.getValue()));
        }
        for (int phase = 0; phase < 4; phase++) {
            long plus = pinned.get(code(1 + 20 * phase, 4));
            long minus = pinned.get(code(2 + 20 * phase, 4));
            expected.put(h.channel(GROUPS[phase], "power-net"),
                    new QuantityType<>(BigDecimal.valueOf(plus - minus, 3), Units.WATT));
        }
        assertEquals(59 + 4, expected.size());
        MeterHarness.waitFor(() -> expected.keySet().stream().allMatch(h.latest::containsKey), WAIT,
                () -> "all meter channels");
        for (Map.Entry<ChannelUID, State> entry : expected.entrySet()) {
            State actual = h.latest.get(entry.getKey());
            assertEquals(entry.getValue(), actual, entry.getKey().getAsString());
            if (actual instanceof QuantityType<?> quantity && entry.getValue()instanceof QuantityType<?> wanted) {
                assertEquals(wanted.getUnit(), quantity.getUnit(), "unit of " + entry.getKey());
            }
        }
    }

    private static long code(int c, int d) {
        return 0x0100_0000_00FFL | ((long) c << 24) | ((long) d << 16);
    }

    @Test
    void everyEnergyFlowQuantityWithItsSign() throws Exception {
        KsemSimulator sim = simulator();
        EnergyFlowModel flow = sim.energyFlow();
        flow.setFlex(EnergyFlowModel.HOUSE_POWER_TOTAL, 812_345);
        flow.setFlex(EnergyFlowModel.PV_POWER_TOTAL, -4_321_000); // negative while producing
        flow.setFlex(EnergyFlowModel.BATTERY_POWER_TOTAL, -1_250_500); // discharging
        flow.setFlex(EnergyFlowModel.GRID_POWER_TOTAL, -2_000_125); // export
        flow.setFlex(EnergyFlowModel.WALLBOX_POWER_TOTAL, 11_000_000);
        flow.setFlex(EnergyFlowModel.HOME_CONSUMPTION_PV, 500_000);
        flow.setFlex(EnergyFlowModel.HOME_CONSUMPTION_BATTERY, 300_000);
        flow.setFlex(EnergyFlowModel.HOME_CONSUMPTION_GRID, 12_345);
        flow.setFlex(EnergyFlowModel.SYSTEM_STATE_OF_CHARGE, 87);
        flow.setValue(code(1, 8), 1_111_111_111L);
        flow.setValue(code(2, 8), 2_222_222_222L);
        flow.setValue(code(65, 8), 6_565_656_565L);
        flow.setValue(code(67, 8), 6_767_676_767L);
        flow.setValue(code(68, 8), 6_868_686_868L);
        flow.setValue(code(74, 8), 7_474_747_474L);
        MeterHarness h = harness(sim, 0, ALL);

        Map<String, State> expected = new HashMap<>();
        expected.put("home-power", watt("812.345"));
        expected.put("pv-power", watt("4321.000"));
        expected.put("battery-power", watt("-1250.500"));
        expected.put("grid-power", watt("-2000.125"));
        expected.put("wallbox-power", watt("11000.000"));
        expected.put("home-power-pv", watt("500.000"));
        expected.put("home-power-battery", watt("300.000"));
        expected.put("home-power-grid", watt("12.345"));
        expected.put("battery-soc", new QuantityType<>(BigDecimal.valueOf(87), Units.PERCENT));
        expected.put("grid-energy-import", kwh("1111.111111"));
        expected.put("grid-energy-export", kwh("2222.222222"));
        expected.put("pv-energy", kwh("6565.656565"));
        expected.put("battery-energy-charge", kwh("6767.676767"));
        expected.put("battery-energy-discharge", kwh("6868.686868"));
        expected.put("wallbox-energy", kwh("7474.747474"));
        MeterHarness.waitFor(() -> expected.keySet().stream().allMatch(id -> h.state("energy-flow", id) != null), WAIT,
                () -> "energy-flow channels " + h.latest.keySet());
        expected.forEach((id, state) -> assertEquals(state, h.state("energy-flow", id), id));
    }

    private static State watt(String value) {
        return new QuantityType<>(new BigDecimal(value), Units.WATT);
    }

    private static State kwh(String value) {
        return new QuantityType<>(new BigDecimal(value), Units.KILOWATT_HOUR);
    }

    @Test
    void deviceHealthAndLastReading() throws Exception {
        KsemSimulator sim = simulator();
        MeterHarness h = harness(sim, 0, ALL);
        MeterHarness.waitFor(
                () -> h.state("device", "cpu-load") != null && h.state("device", "ram-free") != null
                        && h.state("device", "cpu-temperature") != null && h.state("device", "last-reading") != null,
                WAIT, () -> "device channels " + h.latest.keySet());
        QuantityType<?> load = (QuantityType<?>) h.state("device", "cpu-load");
        assertNotNull(load);
        assertEquals(Units.PERCENT, load.getUnit());
        QuantityType<?> ram = (QuantityType<?>) h.state("device", "ram-free");
        assertNotNull(ram);
        assertEquals(Units.KILOBYTE, ram.getUnit());
    }

    @Test
    void unlinkedChannelsGetNoUpdates() throws Exception {
        KsemSimulator sim = simulator();
        MeterHarness h = harness(sim, 0,
                channel -> !"l2".equals(channel.getGroupId()) && !channel.getId().equals("energy-flow#pv-power"));
        MeterHarness.waitFor(() -> h.state("l3", "voltage") != null && h.state("energy-flow", "home-power") != null,
                WAIT, () -> "linked channels");
        long frames = sim.stats().framesSent();
        MeterHarness.waitFor(() -> sim.stats().framesSent() > frames + 5, WAIT, () -> "more frames");
        assertTrue(h.updates.stream().noneMatch(u -> "l2".equals(u.channel().getGroupId())),
                "no update of an unlinked l2 channel");
        assertNull(h.state("energy-flow", "pv-power"));
    }

    @Test
    void theUpdateIntervalHoldsWithoutLosingTheLatestValue() throws Exception {
        KsemSimulator sim = simulator();
        long voltage = code(32, 4);
        sim.meter().setValue(voltage, 230_000);
        MeterHarness h = harness(sim, 1, ALL);
        ChannelUID channel = h.channel("l1", "voltage");
        MeterHarness.waitFor(() -> h.updatesOf(channel).size() >= 1, WAIT, () -> "first voltage");
        Thread.sleep(400);
        sim.meter().setValue(voltage, 231_500); // arrives inside the interval
        Thread.sleep(2600);
        sim.meter().setValue(voltage, 229_900); // the last value; frames keep repeating it
        MeterHarness.waitFor(
                () -> new QuantityType<>(new BigDecimal("229.900"), Units.VOLT).equals(h.state("l1", "voltage")), WAIT,
                () -> "latest voltage " + h.state("l1", "voltage"));

        List<MeterHarness.StateUpdate> updates = h.updatesOf(channel);
        for (int i = 1; i < updates.size(); i++) {
            long gapMillis = (updates.get(i).nanos() - updates.get(i - 1).nanos()) / 1_000_000;
            assertTrue(gapMillis >= 950, "two updates of l1#voltage only " + gapMillis + " ms apart");
        }
        long framesPerSecond = 10;
        assertTrue(updates.size() < 2 + 5,
                "throttled: " + updates.size() + " updates for ~" + framesPerSecond * 4 + " frames");
        assertTrue(
                updates.stream()
                        .anyMatch(u -> new QuantityType<>(new BigDecimal("231.500"), Units.VOLT).equals(u.state())),
                "the value sent inside the interval was published later, not lost");
    }
}
