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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ksem.internal.api.dto.EMobilityState;
import org.openhab.binding.ksem.internal.api.dto.EnergyFlowConfiguration;
import org.openhab.binding.ksem.internal.api.dto.EvseDetails;
import org.openhab.binding.ksem.internal.api.dto.EvseInfo;
import org.openhab.binding.ksem.internal.api.dto.PhaseSwitching;
import org.openhab.binding.ksem.internal.api.dto.TimeBasedChargeEntry;
import org.openhab.binding.ksem.internal.api.dto.TimeBasedChargeSlot;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The e-mobility calls of the KSEM (api §3.6, §4), all paths in one place. Writes need a login or an access token with
 * role admin; the device answers 403 otherwise ({@link KsemForbiddenException}). Answers of writes are never parsed
 * where the device is known to send odd ones (api §7.12, §7.13).
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class EMobilityApi {

    public static final String EVSE_LIST = "/api/e-mobility/evselist";
    public static final String STATE = "/api/e-mobility/state";
    public static final String CHARGE_MODE = "/api/e-mobility/config/chargemode";
    /** Read only as a snapshot: a chargemode WebSocket kept open can stop solar charging (api §7.1). */
    public static final String CHARGE_MODE_STREAM = "/api/data-transfer/ws/json/json/local/config/e-mobility/"
            + "chargemode";
    public static final String PHASE_SWITCHING = "/api/e-mobility/config/phaseswitching";
    public static final String ENERGY_FLOW_CONFIGURATION = "/api/kostal-energyflow/configuration";
    public static final String BATTERY_USAGE = ENERGY_FLOW_CONFIGURATION + "/batteryusage";
    public static final String TIME_BASED_CHARGE = "/api/e-mobility/timebasedCharge";
    private static final String DETAILS_PREFIX = "/api/evse-kostal/evse/";

    /** The details of an unreachable wallbox may hang; they are best effort (api §5.8). */
    public static final Duration DETAILS_TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_MESSAGE_BYTES = 64 * 1024;

    private final KsemRestClient rest;
    private final KsemRestClient quickRest;
    private final KsemWebSocketTransport webSocket;
    private final KsemEndpoint endpoint;
    private final Gson gson;
    private final Duration snapshotTimeout;

    /**
     * @param rest the meter's authenticated client
     * @param http the transport for the short-timeout details call
     * @param snapshotTimeout how long to wait for the first chargemode message
     */
    public EMobilityApi(KsemRestClient rest, KsemHttpTransport http, KsemWebSocketTransport webSocket,
            KsemEndpoint endpoint, Gson gson, Duration snapshotTimeout) {
        this.rest = rest;
        Duration detailsTimeout = snapshotTimeout.compareTo(DETAILS_TIMEOUT) < 0 ? snapshotTimeout : DETAILS_TIMEOUT;
        this.quickRest = new KsemRestClient(http.withTimeout(detailsTimeout), endpoint, rest.getCredentials(), gson);
        this.webSocket = webSocket;
        this.endpoint = endpoint;
        this.gson = gson;
        this.snapshotTimeout = snapshotTimeout;
    }

    public static String detailsPath(String uuid) {
        return DETAILS_PREFIX + URLEncoder.encode(uuid, StandardCharsets.UTF_8).replace("+", "%20") + "/details";
    }

    public List<EvseInfo> getEvseList() throws KsemException {
        EvseInfo[] list = rest.get(EVSE_LIST, EvseInfo[].class);
        // a null element ("[null]") would only break the callers
        return Arrays.stream(list).filter(Objects::nonNull).toList();
    }

    /** Serial, model, firmware and hardware of a wallbox; with a short timeout. */
    public EvseDetails getDetails(String uuid) throws KsemException {
        return quickRest.get(detailsPath(uuid), EvseDetails.class);
    }

    public EMobilityState getState() throws KsemException {
        return rest.get(STATE, EMobilityState.class);
    }

    /**
     * The charge mode as a snapshot of its stream: connect, authenticate, read the first message, disconnect
     * (api §3.1, §7.1). A login session the stream refuses is renewed once.
     */
    public ChargeMode readChargeMode() throws KsemException {
        Credentials credentials = rest.getCredentials();
        String bearer = credentials.bearer();
        String text;
        try {
            text = webSocket.readFirstText(endpoint.webSocket(CHARGE_MODE_STREAM), bearer, snapshotTimeout,
                    MAX_MESSAGE_BYTES);
        } catch (KsemStreamRefusedException e) {
            credentials.rejected(bearer); // an access token cannot be renewed: throws KsemTokenRejectedException
            text = webSocket.readFirstText(endpoint.webSocket(CHARGE_MODE_STREAM), credentials.bearer(),
                    snapshotTimeout, MAX_MESSAGE_BYTES);
        }
        return parseChargeModeMessage(text);
    }

    /** The envelope {@code {"topic": …, "msg": {…}}} of the chargemode stream (api §3.6). */
    static ChargeMode parseChargeModeMessage(String text) throws KsemCommunicationException {
        try {
            JsonElement envelope = JsonParser.parseString(text);
            if (envelope.isJsonObject()) {
                JsonElement msg = envelope.getAsJsonObject().get("msg");
                if (msg != null && msg.isJsonObject()) {
                    return ChargeMode.of(msg.getAsJsonObject());
                }
            }
        } catch (JsonParseException e) {
            // reported below
        }
        throw new KsemCommunicationException("unexpected message on the chargemode stream");
    }

    /** Writes the full object; the 204 answer has an odd content type and is not parsed (api §7.12). */
    public void writeChargeMode(ChargeMode mode) throws KsemException {
        rest.call("PUT", CHARGE_MODE, "application/json", mode.toJson());
    }

    public int getPhaseSwitching() throws KsemException {
        Integer usage = rest.get(PHASE_SWITCHING, PhaseSwitching.class).phaseUsage;
        if (usage == null) {
            throw new KsemCommunicationException("unexpected answer for " + PHASE_SWITCHING);
        }
        return usage;
    }

    /** The answer may come without JSON or content type (api §7.13) and is not parsed. */
    public void setPhaseSwitching(int phaseUsage) throws KsemException {
        rest.call("PUT", PHASE_SWITCHING, "application/json", gson.toJson(new PhaseSwitching(phaseUsage)));
    }

    public boolean getBatteryUsage() throws KsemException {
        Boolean usage = rest.get(ENERGY_FLOW_CONFIGURATION, EnergyFlowConfiguration.class).batteryusage;
        if (usage == null) {
            throw new KsemCommunicationException("unexpected answer for " + ENERGY_FLOW_CONFIGURATION);
        }
        return usage;
    }

    /** Body {@code true} or {@code false} as text/plain (api §4). */
    public void setBatteryUsage(boolean use) throws KsemException {
        rest.call("PUT", BATTERY_USAGE, "text/plain", Boolean.toString(use));
    }

    /** The weekly plan; some firmware answers 404 ({@link KsemHttpStatusException#isNotSupported()}, api §4). */
    public List<TimeBasedChargeEntry> getTimeBasedCharge() throws KsemException {
        return Arrays.stream(rest.get(TIME_BASED_CHARGE, TimeBasedChargeEntry[].class)).filter(Objects::nonNull)
                .toList();
    }

    /**
     * Replaces the weekly plan.
     *
     * @return the device's answer: the plan's edges in its reference week; empty if it answered something else
     */
    public List<TimeBasedChargeSlot> setTimeBasedCharge(List<TimeBasedChargeEntry> plan) throws KsemException {
        String answer = rest.call("PUT", TIME_BASED_CHARGE, "application/json", gson.toJson(plan));
        try {
            TimeBasedChargeSlot[] slots = gson.fromJson(answer, TimeBasedChargeSlot[].class);
            return slots == null ? List.of() : Arrays.stream(slots).filter(Objects::nonNull).toList();
        } catch (JsonParseException e) {
            return List.of();
        }
    }

    /** For tests and logs: the endpoint this API talks to. */
    @Override
    public String toString() {
        return "EMobilityApi[" + endpoint + "]";
    }
}
