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
package org.openhab.binding.ksem.internal.api;

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The KSEM's charge mode object (api §3.6): {@code mode} ({@code lock|grid|pv|hybrid}), {@code mincharginpowerquota}
 * (sic) and {@code minpvpowerquota} in percent (may be null), plus members the binding does not interpret
 * ({@code lastmin…}, {@code controlledby}). Immutable; a change returns a copy that keeps every other member, because
 * {@code PUT /api/e-mobility/config/chargemode} takes the full object.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ChargeMode {

    public static final Set<String> MODES = Set.of("lock", "grid", "pv", "hybrid");

    static final String MODE = "mode";
    static final String MIN_CHARGING_POWER_QUOTA = "mincharginpowerquota";
    static final String MIN_PV_POWER_QUOTA = "minpvpowerquota";

    private final JsonObject json;

    private ChargeMode(JsonObject json) {
        this.json = json;
    }

    /**
     * @param msg the {@code msg} of the stream's envelope
     * @throws KsemCommunicationException if it has no {@code mode}
     */
    public static ChargeMode of(JsonObject msg) throws KsemCommunicationException {
        JsonElement mode = msg.get(MODE);
        if (mode == null || !mode.isJsonPrimitive() || !mode.getAsJsonPrimitive().isString()) {
            throw new KsemCommunicationException("the charge mode message has no mode");
        }
        return new ChargeMode(msg.deepCopy());
    }

    /** The mode as the device reports it, also one the binding does not know. */
    public String mode() {
        JsonElement mode = json.get(MODE);
        return mode == null ? "" : mode.getAsString();
    }

    public @Nullable Integer minChargingPowerQuota() {
        return integer(MIN_CHARGING_POWER_QUOTA);
    }

    public @Nullable Integer minPvPowerQuota() {
        return integer(MIN_PV_POWER_QUOTA);
    }

    public ChargeMode withMode(String mode) {
        return with(MODE, new JsonPrimitive(mode));
    }

    public ChargeMode withMinChargingPowerQuota(int percent) {
        return with(MIN_CHARGING_POWER_QUOTA, new JsonPrimitive(percent));
    }

    public ChargeMode withMinPvPowerQuota(int percent) {
        return with(MIN_PV_POWER_QUOTA, new JsonPrimitive(percent));
    }

    /** The full object as JSON, null members included. */
    public String toJson() {
        return json.toString();
    }

    private ChargeMode with(String member, JsonElement value) {
        JsonObject copy = json.deepCopy();
        copy.add(member, value);
        return new ChargeMode(copy);
    }

    private @Nullable Integer integer(String member) {
        JsonElement value = json.get(member);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            return null;
        }
        return (int) Math.round(value.getAsDouble());
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ChargeMode mode && json.equals(mode.json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return json.toString();
    }
}
