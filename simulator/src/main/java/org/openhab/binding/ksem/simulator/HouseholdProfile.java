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

/**
 * A deterministic household with PV, a battery, a wallbox and a three-phase grid connection. Every quantity is a
 * pure function of the seconds since the simulator started, so two runs see the same values at the same time.
 * Periods are minutes rather than hours so that a demo shows movement. Powers are mW, signed where noted.
 */
final class HouseholdProfile {

    private static final double TWO_PI = 2 * Math.PI;
    private static final long BATTERY_LIMIT_MW = 3_000_000;
    private static final double BATTERY_SHARE = 0.85;
    private static final long WALLBOX_MW = 7_200_000;
    private static final long PHASE_IMBALANCE_MW = 1_200_000;

    /**
     * The power balance at one instant: {@code grid = house + wallbox + battery - pv}.
     *
     * @param pv PV production, >= 0
     * @param house home consumption, >= 0
     * @param wallbox EV charging, >= 0
     * @param battery + charging, - discharging
     * @param grid + import, - export
     * @param stateOfCharge whole percent
     */
    record Flow(long pv, long house, long wallbox, long battery, long grid, int stateOfCharge) {
    }

    /**
     * What the meter sees on one phase.
     *
     * @param activePower + import, - export (mW)
     * @param voltage mV
     * @param powerFactor 0..1
     */
    record PhaseConditions(long activePower, long voltage, double powerFactor) {
    }

    Flow flowAt(double t) {
        long pv = Math.round(
                4_000_000 * (0.55 + 0.45 * Math.sin(TWO_PI * t / 600)) + 150_000 * Math.sin(TWO_PI * t / 7));
        long house = Math.round(600_000 + 250_000 * Math.sin(TWO_PI * t / 45 + 1)
                + 900_000 * Math.max(0, Math.sin(TWO_PI * t / 180)));
        double cycle = t % 300;
        long wallbox = cycle >= 120 && cycle < 240 ? WALLBOX_MW : 0;
        int soc = (int) Math.round(55 + 35 * Math.sin(TWO_PI * t / 1200));
        long surplus = pv - house - wallbox;
        long battery = Math.round(BATTERY_SHARE * surplus);
        battery = Math.max(-BATTERY_LIMIT_MW, Math.min(BATTERY_LIMIT_MW, battery));
        long grid = house + wallbox + battery - pv;
        return new Flow(pv, house, wallbox, battery, grid, soc);
    }

    /**
     * Splits the grid power over the phases: an equal share plus an imbalance that sums to zero, so that some
     * phases import while others export. The three active powers add up exactly to {@code grid}.
     */
    PhaseConditions[] phasesAt(double t, long grid) {
        PhaseConditions[] phases = new PhaseConditions[3];
        long assigned = 0;
        for (int i = 0; i < 3; i++) {
            long power;
            if (i < 2) {
                power = Math.round(grid / 3.0 + PHASE_IMBALANCE_MW * Math.sin(TWO_PI * t / 90 + i * TWO_PI / 3));
                assigned += power;
            } else {
                power = grid - assigned;
            }
            long voltage = Math.round(230_000 + 1_800 * Math.sin(TWO_PI * t / 37 + i));
            double powerFactor = 0.95 + 0.04 * Math.sin(TWO_PI * t / 53 + i);
            phases[i] = new PhaseConditions(power, voltage, powerFactor);
        }
        return phases;
    }

    long frequencyAt(double t) {
        return Math.round(50_000 + 25 * Math.sin(TWO_PI * t / 29));
    }

    /** CPU load in percent for {@code /api/device-settings/deviceusage}. */
    double cpuLoadAt(double t) {
        return 8 + 5 * Math.sin(TWO_PI * t / 60) + 2 * Math.sin(TWO_PI * t / 7);
    }

    double cpuTemperatureAt(double t) {
        return 52 + 3 * Math.sin(TWO_PI * t / 300);
    }
}
