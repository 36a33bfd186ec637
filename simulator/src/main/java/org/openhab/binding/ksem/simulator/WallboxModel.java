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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The e-mobility side of the KSEM: the ENECTOR wallboxes it manages and its KSEM-wide settings (charge mode with its
 * quotas, phase switching, battery use in solar mode, the weekly time-based charging plan). Read by the REST
 * endpoints and the JSON streams; changed by REST writes and by tests. Without wallboxes the endpoints answer as a
 * KSEM without ENECTOR does (an empty evselist, errors for the state and the details).
 */
public final class WallboxModel {

    /** Charge modes the device accepts in {@code PUT /api/e-mobility/config/chargemode} (api §4). */
    public static final Set<String> CHARGE_MODES = Set.of("lock", "grid", "pv", "hybrid");

    /** One switching edge of the weekly plan: weekday 0 = Sunday … 6 = Saturday; charge mode 0 off, 1 grid, 2 pv, 3 hybrid. */
    public record PlanEntry(int weekday, int startHour, int startMinute, int chargeMode) {
    }

    private final List<Wallbox> wallboxes = new CopyOnWriteArrayList<>();
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicBoolean batteryUsage = new AtomicBoolean(true);
    private final JsonTopics topics = new JsonTopics(this);
    private volatile String serial = "70001234";
    private volatile int phaseUsage = 2;
    private volatile List<PlanEntry> plan = List.of();
    private JsonObject chargeMode = defaultChargeMode();

    WallboxModel() {
    }

    /** Creates the wallboxes of {@code KsemSimulator.Builder.wallboxes(n)}; UUIDs derive from the KSEM's serial. */
    void populate(String ksemSerial, int count) {
        serial = ksemSerial;
        for (int i = 0; i < count; i++) {
            add("ENECTOR " + (i + 1));
        }
    }

    /** Adds a wallbox (e.g. an ENECTOR installed later); its UUID is deterministic per KSEM serial and count. */
    public Wallbox add(String label) {
        int number = created.incrementAndGet();
        String uuid = UUID.nameUUIDFromBytes((serial + "/evse/" + number).getBytes(StandardCharsets.UTF_8))
                .toString();
        Wallbox wallbox = new Wallbox(this, uuid, String.format("%08d", 91_000_000 + number), label);
        wallboxes.add(wallbox);
        topics.publish(stateMessage(wallbox));
        return wallbox;
    }

    /** Removes a wallbox, as if it was unbound from the KSEM; false if there is none with this UUID. */
    public boolean remove(String uuid) {
        return wallboxes.removeIf(wallbox -> wallbox.uuid().equals(uuid));
    }

    public List<Wallbox> list() {
        return Collections.unmodifiableList(new ArrayList<>(wallboxes));
    }

    /** The first wallbox; fails if there is none. */
    public Wallbox first() {
        if (wallboxes.isEmpty()) {
            throw new IllegalStateException("The simulator has no wallbox");
        }
        return wallboxes.get(0);
    }

    public Wallbox get(String uuid) {
        for (Wallbox wallbox : wallboxes) {
            if (wallbox.uuid().equals(uuid)) {
                return wallbox;
            }
        }
        return null;
    }

    // --- charge mode (json/local/config/e-mobility/chargemode, PUT /api/e-mobility/config/chargemode) ---

    /** The current charge mode object, as the stream's {@code msg} shows it. */
    public synchronized JsonObject chargeMode() {
        return chargeMode.deepCopy();
    }

    public synchronized String mode() {
        return chargeMode.get("mode").getAsString();
    }

    /** Changes the mode as the web interface would (the quotas stay); pushed to open chargemode streams. */
    public void setMode(String mode) {
        if (!CHARGE_MODES.contains(mode)) {
            throw new IllegalArgumentException("Unknown charge mode " + mode);
        }
        JsonObject changed = chargeMode();
        changed.addProperty("mode", mode);
        replaceChargeMode(changed);
    }

    /** Sets both quotas in percent ({@code null}: none, as the web interface sends in grid and lock mode). */
    public void setQuotas(Integer minChargingPowerQuota, Integer minPvPowerQuota) {
        JsonObject changed = chargeMode();
        changed.add("mincharginpowerquota", number(minChargingPowerQuota));
        changed.add("minpvpowerquota", number(minPvPowerQuota));
        replaceChargeMode(changed);
    }

    void replaceChargeMode(JsonObject newChargeMode) {
        synchronized (this) {
            chargeMode = newChargeMode.deepCopy();
        }
        topics.publish(chargeModeMessage());
    }

    // --- other settings ---

    /** 0 three phases, 1 one phase, 2 automatic ({@code /api/e-mobility/config/phaseswitching}). */
    public int phaseUsage() {
        return phaseUsage;
    }

    public void setPhaseUsage(int phaseUsage) {
        if (phaseUsage < 0 || phaseUsage > 2) {
            throw new IllegalArgumentException("phase_usage is 0, 1 or 2");
        }
        this.phaseUsage = phaseUsage;
    }

    /** Whether the battery may be used in the solar modes ({@code batteryusage} of kostal-energyflow). */
    public boolean batteryUsage() {
        return batteryUsage.get();
    }

    public void setBatteryUsage(boolean use) {
        batteryUsage.set(use);
    }

    AtomicBoolean batteryUsageFlag() {
        return batteryUsage;
    }

    /** The weekly time-based charging plan as last written (minutes as sent). */
    public List<PlanEntry> plan() {
        return plan;
    }

    public void setPlan(List<PlanEntry> newPlan) {
        plan = List.copyOf(newPlan);
    }

    // --- streams ---

    JsonTopics topics() {
        return topics;
    }

    JsonObject chargeModeMessage() {
        return envelope(JsonTopics.CHARGEMODE, chargeMode());
    }

    JsonObject stateMessage(Wallbox wallbox) {
        JsonObject msg = new JsonObject();
        msg.addProperty("evse-id", wallbox.uuid());
        msg.addProperty("parentState", wallbox.isFailing() ? "stateError" : "stateOk");
        msg.addProperty("state", wallbox.state());
        return envelope(JsonTopics.evseStateTopic(wallbox.uuid()), msg);
    }

    /** Every message a new subscriber gets at once (the device pushes retained topics after authentication). */
    List<JsonObject> retained() {
        List<JsonObject> messages = new ArrayList<>();
        messages.add(chargeModeMessage());
        wallboxes.forEach(wallbox -> messages.add(stateMessage(wallbox)));
        return messages;
    }

    void stateChanged(Wallbox wallbox) {
        topics.publish(stateMessage(wallbox));
    }

    private static JsonObject envelope(String topic, JsonObject msg) {
        JsonObject envelope = new JsonObject();
        envelope.addProperty("topic", topic);
        envelope.add("msg", msg);
        return envelope;
    }

    private static JsonElement number(Integer value) {
        return value == null ? JsonNull.INSTANCE : new JsonPrimitive(value);
    }

    private static JsonObject defaultChargeMode() {
        JsonObject mode = new JsonObject();
        mode.addProperty("mode", "pv");
        mode.addProperty("mincharginpowerquota", 0);
        mode.addProperty("minpvpowerquota", 100);
        mode.addProperty("lastminchargingpowerquota", 0);
        mode.addProperty("lastminpvpowerquota", 100);
        mode.addProperty("controlledby", 0);
        return mode;
    }
}
