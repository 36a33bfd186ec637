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

import java.util.Objects;
import java.util.Set;

/**
 * One simulated KOSTAL ENECTOR wallbox behind the KSEM: what {@code GET /api/e-mobility/evselist} and
 * {@code GET /api/evse-kostal/evse/<uuid>/details} report, its state and its charging power. Tests change it with the
 * setters; every change is visible to the next request and is pushed on the {@code json/local/evse/+/state} stream.
 */
public final class Wallbox {

    /** State names of the device (api §3.6; the numbers of the Modbus register 49206 in the same order). */
    public static final Set<String> STATES = Set.of("stateUnknown", "stateOffline", "stateConnected", "statePaused",
            "stateProbing", "stateCharging", "stateError", "stateServiceMode");

    private final WallboxModel owner;
    private final String uuid;
    private final String serial;
    private volatile String label;
    private volatile String state = "stateConnected";
    private volatile long powerL1;
    private volatile long powerL2;
    private volatile long powerL3;
    private volatile boolean failing;

    Wallbox(WallboxModel owner, String uuid, String serial, String label) {
        this.owner = owner;
        this.uuid = uuid;
        this.serial = serial;
        this.label = label;
    }

    public String uuid() {
        return uuid;
    }

    public String serial() {
        return serial;
    }

    public String label() {
        return label;
    }

    public Wallbox setLabel(String label) {
        this.label = Objects.requireNonNull(label);
        return this;
    }

    /** The model name evselist and the details report. */
    public String model() {
        return "ac-3_7_11";
    }

    /** The {@code version} of the details. */
    public String version() {
        return "FW: 1.2.0; COM: 2.1.4";
    }

    public String hardware() {
        return "ENECTOR AC 3.7/11 HW1.1";
    }

    public String state() {
        return state;
    }

    /** One of {@link #STATES}; pushed on the evse state stream. */
    public Wallbox setState(String newState) {
        if (!STATES.contains(newState)) {
            throw new IllegalArgumentException("Unknown wallbox state " + newState);
        }
        state = newState;
        owner.stateChanged(this);
        return this;
    }

    /** Charging power per phase in mW (the unit of {@code EvChargingPower} in {@code GET /api/e-mobility/state}). */
    public Wallbox setChargingPower(long l1MilliWatt, long l2MilliWatt, long l3MilliWatt) {
        powerL1 = l1MilliWatt;
        powerL2 = l2MilliWatt;
        powerL3 = l3MilliWatt;
        return this;
    }

    /** {l1, l2, l3} in mW. */
    public long[] chargingPower() {
        return new long[] { powerL1, powerL2, powerL3 };
    }

    /**
     * true: the KSEM cannot talk to this wallbox: {@code GET /api/e-mobility/state} and its details answer HTTP 500,
     * as the device reports errors when the wallbox does not answer (api §5.8, §7.16).
     */
    public Wallbox setFailing(boolean failing) {
        this.failing = failing;
        return this;
    }

    public boolean isFailing() {
        return failing;
    }

    /** Offline or in error: the details call fails (api §5.8). */
    boolean isUnreachable() {
        return failing || "stateOffline".equals(state) || "stateError".equals(state);
    }
}
