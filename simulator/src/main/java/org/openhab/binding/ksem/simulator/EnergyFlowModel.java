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

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code kostal-energyflow/sumvalues} data source: the system summary of api §3.5 as flex values (mW, PV
 * negative while producing, state of charge in whole percent) plus the grid, PV, battery and wallbox counters.
 * <p>
 * Grid values come from the {@link MeterModel}, so both streams agree; the other flows follow the
 * {@link HouseholdProfile}. Pinned values ({@link #setFlex(String, long)}, {@link #setValue(long, long)}) are sent as
 * given until cleared; the counters integrate the powers actually sent.
 */
public final class EnergyFlowModel {

    public static final String GRID_POWER_TOTAL = "gridPowerTotal";
    public static final String PV_POWER_TOTAL = "pvPowerTotal";
    public static final String PV_POWER_AC_SUM = "pvPowerACSum";
    public static final String BATTERY_POWER_TOTAL = "batteryPowerTotal";
    public static final String BATTERY_POWER_AC_SUM = "batteryPowerACSum";
    public static final String HOUSE_POWER_TOTAL = "housePowerTotal";
    public static final String HOME_CONSUMPTION_PV = "homeConsumptionPV";
    public static final String HOME_CONSUMPTION_BATTERY = "homeConsumptionBattery";
    public static final String HOME_CONSUMPTION_GRID = "homeConsumptionGrid";
    public static final String WALLBOX_POWER_TOTAL = "wallboxPowerTotal";
    public static final String WALLBOX_CONSUMPTION_PV = "wallboxConsumptionPV";
    public static final String WALLBOX_CONSUMPTION_BATTERY = "wallboxConsumptionBattery";
    public static final String WALLBOX_CONSUMPTION_GRID = "wallboxConsumptionGrid";
    public static final String INVERTER_POWER_TOTAL = "inverterPowerTotal";
    public static final String SYSTEM_STATE_OF_CHARGE = "systemStateOfCharge";
    public static final String BATTERY_CHARGE_LIMIT = "batteryChargeLimit";
    public static final String BATTERY_DISCHARGE_LIMIT = "batteryDischargeLimit";
    public static final String INVERTER_CURTAILMENT = "inverterCurtailment";

    private static final double MILLIS_PER_HOUR = 3_600_000.0;
    private static final long BATTERY_LIMIT_MW = 3_000_000;

    private final HouseholdProfile profile;
    private final SimulationClock clock;
    private final MeterModel meter;
    private final Map<String, Long> pinnedFlex = new ConcurrentHashMap<>();
    private final Map<Long, Long> pinnedValues = new ConcurrentHashMap<>();
    /** Indicator of an own counter to its exact value in mWh. */
    private final Map<Integer, Double> counters = new HashMap<>(Map.of(Obis.PV_ENERGY, 18_250_000_000.0,
            Obis.BATTERY_CHARGE_ENERGY, 3_400_000_000.0, Obis.BATTERY_DISCHARGE_ENERGY, 3_100_000_000.0,
            Obis.WALLBOX_ENERGY, 2_050_000_000.0));
    private final Map<Integer, Long> previousPowers = new HashMap<>();
    private Instant previousTime;
    private volatile GdrSample lastSent;

    EnergyFlowModel(HouseholdProfile profile, SimulationClock clock, MeterModel meter) {
        this.profile = profile;
        this.clock = clock;
        this.meter = meter;
        this.previousTime = clock.now();
    }

    /** The OBIS codes of this source, in ascending order. */
    public static List<Long> obisCodes() {
        return List.of(Obis.of(Obis.ACTIVE_IMPORT, Obis.MODE_MEAN), Obis.of(Obis.ACTIVE_IMPORT, Obis.MODE_INTEGRAL),
                Obis.of(Obis.ACTIVE_EXPORT, Obis.MODE_INTEGRAL), Obis.of(Obis.FREQUENCY, Obis.MODE_MEAN),
                Obis.of(Obis.PV_ENERGY, Obis.MODE_INTEGRAL), Obis.of(Obis.BATTERY_CHARGE_ENERGY, Obis.MODE_INTEGRAL),
                Obis.of(Obis.BATTERY_DISCHARGE_ENERGY, Obis.MODE_INTEGRAL),
                Obis.of(Obis.WALLBOX_ENERGY, Obis.MODE_INTEGRAL));
    }

    public void setFlex(String key, long raw) {
        pinnedFlex.put(key, raw);
    }

    public void clearFlex(String key) {
        pinnedFlex.remove(key);
    }

    public void setValue(long obis, long raw) {
        pinnedValues.put(obis, raw);
    }

    public void clearValue(long obis) {
        pinnedValues.remove(obis);
    }

    /** Clears every pinned flex and OBIS value. */
    public void clearAll() {
        pinnedFlex.clear();
        pinnedValues.clear();
    }

    /** The flex values last sent (a fresh sample if nothing was sent yet). */
    public Map<String, Long> flexValues() {
        return lastSample().flexValues();
    }

    public long flex(String key) {
        return lastSample().flex(key);
    }

    /** The OBIS values last sent (a fresh sample if nothing was sent yet). */
    public Map<Long, Long> values() {
        return lastSample().values();
    }

    public GdrSample lastSample() {
        GdrSample sent = lastSent;
        return sent != null ? sent : sample();
    }

    void recordSent(GdrSample sample) {
        lastSent = sample;
    }

    synchronized GdrSample sample() {
        GdrSample grid = meter.sample();
        Instant now = grid.timestamp();
        HouseholdProfile.Flow flow = profile.flowAt(clock.secondsSinceStart(now));
        Map<String, Long> flex = new TreeMap<>();
        putFlows(flex, flow, grid);
        flex.putAll(pinnedFlex);
        Map<Long, Long> values = new TreeMap<>();
        for (long code : new long[] { Obis.of(Obis.ACTIVE_IMPORT, Obis.MODE_INTEGRAL),
                Obis.of(Obis.ACTIVE_EXPORT, Obis.MODE_INTEGRAL), Obis.of(Obis.ACTIVE_IMPORT, Obis.MODE_MEAN),
                Obis.of(Obis.FREQUENCY, Obis.MODE_MEAN) }) {
            values.put(code, grid.value(code)); // the grid side is the meter's
        }
        putCounters(values, flex, now);
        values.putAll(pinnedValues);
        return new GdrSample(now, values, flex);
    }

    private static void putFlows(Map<String, Long> flex, HouseholdProfile.Flow flow, GdrSample grid) {
        long house = flow.house();
        long wallbox = flow.wallbox();
        long battery = flow.battery();
        long pvLeft = flow.pv();
        long homeFromPv = Math.min(house, pvLeft);
        pvLeft -= homeFromPv;
        long wallboxFromPv = Math.min(wallbox, pvLeft);
        long discharge = Math.max(0, -battery);
        long homeFromBattery = Math.min(house - homeFromPv, discharge);
        discharge -= homeFromBattery;
        long wallboxFromBattery = Math.min(wallbox - wallboxFromPv, discharge);
        long gridNet = grid.value(Obis.of(Obis.ACTIVE_IMPORT, Obis.MODE_MEAN))
                - grid.value(Obis.of(Obis.ACTIVE_EXPORT, Obis.MODE_MEAN));
        long pvAc = Math.round(flow.pv() * 0.97);

        flex.put(GRID_POWER_TOTAL, gridNet);
        flex.put(PV_POWER_TOTAL, -flow.pv());
        flex.put(PV_POWER_AC_SUM, -pvAc);
        flex.put(BATTERY_POWER_TOTAL, battery);
        flex.put(BATTERY_POWER_AC_SUM, battery);
        flex.put(HOUSE_POWER_TOTAL, house);
        flex.put(HOME_CONSUMPTION_PV, homeFromPv);
        flex.put(HOME_CONSUMPTION_BATTERY, homeFromBattery);
        flex.put(HOME_CONSUMPTION_GRID, house - homeFromPv - homeFromBattery);
        flex.put(WALLBOX_POWER_TOTAL, wallbox);
        flex.put(WALLBOX_CONSUMPTION_PV, wallboxFromPv);
        flex.put(WALLBOX_CONSUMPTION_BATTERY, wallboxFromBattery);
        flex.put(WALLBOX_CONSUMPTION_GRID, wallbox - wallboxFromPv - wallboxFromBattery);
        flex.put(INVERTER_POWER_TOTAL, -(pvAc - battery));
        flex.put(SYSTEM_STATE_OF_CHARGE, (long) flow.stateOfCharge());
        flex.put(BATTERY_CHARGE_LIMIT, BATTERY_LIMIT_MW);
        flex.put(BATTERY_DISCHARGE_LIMIT, BATTERY_LIMIT_MW);
        flex.put(INVERTER_CURTAILMENT, 0L);
    }

    /** Integrates the powers being sent into the PV, battery and wallbox counters. */
    private void putCounters(Map<Long, Long> values, Map<String, Long> flex, Instant now) {
        double hours = Math.max(0, now.toEpochMilli() - previousTime.toEpochMilli()) / MILLIS_PER_HOUR;
        previousTime = now;
        long battery = flex.getOrDefault(BATTERY_POWER_TOTAL, 0L);
        integrate(values, Obis.PV_ENERGY, Math.max(0, -flex.getOrDefault(PV_POWER_TOTAL, 0L)), hours);
        integrate(values, Obis.BATTERY_CHARGE_ENERGY, Math.max(0, battery), hours);
        integrate(values, Obis.BATTERY_DISCHARGE_ENERGY, Math.max(0, -battery), hours);
        integrate(values, Obis.WALLBOX_ENERGY, Math.max(0, flex.getOrDefault(WALLBOX_POWER_TOTAL, 0L)), hours);
    }

    private void integrate(Map<Long, Long> values, int indicator, long power, double hours) {
        long previous = previousPowers.getOrDefault(indicator, power);
        previousPowers.put(indicator, power);
        double counter = counters.merge(indicator, (previous + power) / 2.0 * hours, Double::sum);
        values.put(Obis.of(indicator, Obis.MODE_INTEGRAL), (long) Math.floor(counter));
    }
}
