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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code smart-meter} data source: the full OBIS set of api §3.4 for the totals and the three phases.
 * <p>
 * Unpinned values follow the {@link HouseholdProfile}; per phase only one of import and export is non-zero. Totals
 * of powers are the sums of the phases; energy counters integrate the powers actually sent over the elapsed time,
 * so they only rise. A value set with {@link #setValue(long, long)} is sent as given until it is cleared, and the
 * totals and counters derived from it follow it.
 */
public final class MeterModel {

    private static final int[] PHASES = { 1, 2, 3 };
    private static final double MILLIS_PER_HOUR = 3_600_000.0;
    /** Starting counters per phase in mWh, by indicator: a meter that has run for a few years. */
    private static final Map<Integer, Long> INITIAL_ENERGY = Map.of(Obis.ACTIVE_IMPORT, 1_366_000_000L,
            Obis.ACTIVE_EXPORT, 766_000_000L, Obis.REACTIVE_IMPORT, 203_000_000L, Obis.REACTIVE_EXPORT, 140_000_000L,
            Obis.APPARENT_IMPORT, 1_466_000_000L, Obis.APPARENT_EXPORT, 833_000_000L);

    private final HouseholdProfile profile;
    private final SimulationClock clock;
    private final Map<Long, Long> pinned = new ConcurrentHashMap<>();
    /** Phase energy code to its exact counter in mWh. */
    private final Map<Long, Double> counters = new HashMap<>();
    /** Phase power code to the power sent last time, for trapezoidal integration. */
    private final Map<Long, Long> previousPowers = new HashMap<>();
    private Instant previousTime;
    private volatile GdrSample lastSent;

    MeterModel(HouseholdProfile profile, SimulationClock clock) {
        this.profile = profile;
        this.clock = clock;
        this.previousTime = clock.now();
        for (int indicator : Obis.DIRECTED_INDICATORS) {
            for (int phase : PHASES) {
                counters.put(Obis.phase(indicator, phase, Obis.MODE_INTEGRAL),
                        (double) INITIAL_ENERGY.get(indicator) + phase * 12_345_678L);
            }
        }
    }

    /** Every OBIS code this meter sends, in ascending order. */
    public static List<Long> obisCodes() {
        List<Long> codes = new ArrayList<>();
        for (int indicator : Obis.DIRECTED_INDICATORS) {
            codes.add(Obis.of(indicator, Obis.MODE_MEAN));
            codes.add(Obis.of(indicator, Obis.MODE_INTEGRAL));
            for (int phase : PHASES) {
                codes.add(Obis.phase(indicator, phase, Obis.MODE_MEAN));
                codes.add(Obis.phase(indicator, phase, Obis.MODE_INTEGRAL));
            }
        }
        codes.add(Obis.of(Obis.POWER_FACTOR, Obis.MODE_MEAN));
        codes.add(Obis.of(Obis.FREQUENCY, Obis.MODE_MEAN));
        for (int phase : PHASES) {
            codes.add(Obis.phase(Obis.CURRENT, phase, Obis.MODE_MEAN));
            codes.add(Obis.phase(Obis.VOLTAGE, phase, Obis.MODE_MEAN));
            codes.add(Obis.phase(Obis.POWER_FACTOR, phase, Obis.MODE_MEAN));
        }
        Collections.sort(codes);
        return List.copyOf(codes);
    }

    /** Pins a raw value (unsigned on the wire) until {@link #clearValue(long)}. */
    public void setValue(long obis, long raw) {
        pinned.put(obis, raw);
    }

    public void clearValue(long obis) {
        pinned.remove(obis);
    }

    public void clearValues() {
        pinned.clear();
    }

    public Map<Long, Long> pinnedValues() {
        return Map.copyOf(pinned);
    }

    /** The values last sent on the stream (a fresh sample if nothing was sent yet). */
    public Map<Long, Long> values() {
        return lastSample().values();
    }

    public long value(long obis) {
        return lastSample().value(obis);
    }

    /** The record last sent on the stream (a fresh sample if nothing was sent yet). */
    public GdrSample lastSample() {
        GdrSample sent = lastSent;
        return sent != null ? sent : sample();
    }

    void recordSent(GdrSample sample) {
        lastSent = sample;
    }

    /** Computes the values for now and advances the energy counters. */
    synchronized GdrSample sample() {
        Instant now = clock.now();
        double t = clock.secondsSinceStart(now);
        HouseholdProfile.Flow flow = profile.flowAt(t);
        Map<Long, Long> values = new TreeMap<>();
        HouseholdProfile.PhaseConditions[] phases = profile.phasesAt(t, flow.grid());
        for (int phase : PHASES) {
            putPhase(values, phase, phases[phase - 1]);
        }
        values.putAll(pinned);
        putTotals(values, t);
        putEnergies(values, now);
        return new GdrSample(now, values, Map.of());
    }

    private void putPhase(Map<Long, Long> values, int phase, HouseholdProfile.PhaseConditions conditions) {
        long active = Math.abs(conditions.activePower());
        double apparentExact = active / conditions.powerFactor();
        long apparent = Math.round(apparentExact);
        long reactive = Math.round(Math.sqrt(Math.max(0, apparentExact * apparentExact - (double) active * active)));
        boolean importing = conditions.activePower() > 0;
        putDirected(values, phase, Obis.ACTIVE_IMPORT, Obis.ACTIVE_EXPORT, active, importing);
        putDirected(values, phase, Obis.REACTIVE_IMPORT, Obis.REACTIVE_EXPORT, reactive, importing);
        putDirected(values, phase, Obis.APPARENT_IMPORT, Obis.APPARENT_EXPORT, apparent, importing);
        long current = Math.round(apparent * 1000.0 / conditions.voltage()); // mVA / mV = A, sent as mA
        values.put(Obis.phase(Obis.CURRENT, phase, Obis.MODE_MEAN), current);
        values.put(Obis.phase(Obis.VOLTAGE, phase, Obis.MODE_MEAN), conditions.voltage());
        values.put(Obis.phase(Obis.POWER_FACTOR, phase, Obis.MODE_MEAN), Math.round(conditions.powerFactor() * 1000));
    }

    /** A meter splits a signed quantity into a "+" and a "-" register; only one of them is non-zero. */
    private static void putDirected(Map<Long, Long> values, int phase, int plus, int minus, long magnitude,
            boolean importing) {
        values.put(Obis.phase(plus, phase, Obis.MODE_MEAN), importing ? magnitude : 0);
        values.put(Obis.phase(minus, phase, Obis.MODE_MEAN), importing ? 0 : magnitude);
    }

    private void putTotals(Map<Long, Long> values, double t) {
        for (int indicator : Obis.DIRECTED_INDICATORS) {
            putUnlessPinned(values, Obis.of(indicator, Obis.MODE_MEAN), sumOfPhases(values, indicator, Obis.MODE_MEAN));
        }
        long active = sumOfPhases(values, Obis.ACTIVE_IMPORT, Obis.MODE_MEAN)
                + sumOfPhases(values, Obis.ACTIVE_EXPORT, Obis.MODE_MEAN);
        long apparent = sumOfPhases(values, Obis.APPARENT_IMPORT, Obis.MODE_MEAN)
                + sumOfPhases(values, Obis.APPARENT_EXPORT, Obis.MODE_MEAN);
        long powerFactor = apparent == 0 ? 1000 : Math.min(1000, Math.round(1000.0 * active / apparent));
        putUnlessPinned(values, Obis.of(Obis.POWER_FACTOR, Obis.MODE_MEAN), powerFactor);
        putUnlessPinned(values, Obis.of(Obis.FREQUENCY, Obis.MODE_MEAN), profile.frequencyAt(t));
    }

    private void putEnergies(Map<Long, Long> values, Instant now) {
        double hours = Math.max(0, now.toEpochMilli() - previousTime.toEpochMilli()) / MILLIS_PER_HOUR;
        previousTime = now;
        for (int indicator : Obis.DIRECTED_INDICATORS) {
            for (int phase : PHASES) {
                long powerCode = Obis.phase(indicator, phase, Obis.MODE_MEAN);
                long energyCode = Obis.phase(indicator, phase, Obis.MODE_INTEGRAL);
                long power = Math.max(0, values.getOrDefault(powerCode, 0L));
                long previous = previousPowers.getOrDefault(powerCode, power);
                previousPowers.put(powerCode, power);
                double counter = counters.merge(energyCode, (previous + power) / 2.0 * hours, Double::sum);
                putUnlessPinned(values, energyCode, (long) Math.floor(counter));
            }
            putUnlessPinned(values, Obis.of(indicator, Obis.MODE_INTEGRAL),
                    sumOfPhases(values, indicator, Obis.MODE_INTEGRAL));
        }
    }

    private void putUnlessPinned(Map<Long, Long> values, long code, long value) {
        if (!pinned.containsKey(code)) {
            values.put(code, value);
        }
    }

    private static long sumOfPhases(Map<Long, Long> values, int indicator, int mode) {
        long sum = 0;
        for (int phase : PHASES) {
            sum += values.getOrDefault(Obis.phase(indicator, phase, mode), 0L);
        }
        return sum;
    }
}
