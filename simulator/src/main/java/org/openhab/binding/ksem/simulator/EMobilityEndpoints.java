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

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.servlet.http.HttpServletResponse;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * The e-mobility REST calls of a KSEM with ENECTOR wallboxes (api §4): {@code evselist}, the wallbox details, the
 * e-mobility state, the charge mode write, phase switching and the time-based charging plan. Writes need the role
 * admin (403 for an access token with role api). A KSEM without wallbox lists none and answers errors for the state
 * and the details (api §7.16).
 */
final class EMobilityEndpoints {

    static final String EVSE_LIST = "/api/e-mobility/evselist";
    static final String STATE = "/api/e-mobility/state";
    static final String CHARGE_MODE = "/api/e-mobility/config/chargemode";
    static final String PHASE_SWITCHING = "/api/e-mobility/config/phaseswitching";
    static final String TIME_BASED_CHARGE = "/api/e-mobility/timebasedCharge";
    static final String DETAILS = "/api/evse-kostal/evse/{uuid}/details";

    /** Start of the reference week of the time-based plan's answer: Sunday 2017-12-31 (api §4). */
    private static final LocalDateTime REFERENCE_WEEK = LocalDateTime.of(2017, 12, 31, 0, 0);

    private final WallboxModel model;

    EMobilityEndpoints(WallboxModel model) {
        this.model = model;
    }

    void register(Router router) {
        router.add("GET", EVSE_LIST, Router.Access.READ, this::evseList)
                .add("GET", STATE, Router.Access.READ, this::state)
                // no GET: reading the charge mode over REST is doubtful on a KSEM (api §4), so it answers 405
                .add("PUT", CHARGE_MODE, Router.Access.ADMIN, this::putChargeMode)
                .add("GET", PHASE_SWITCHING, Router.Access.READ, this::phaseSwitching)
                .add("PUT", PHASE_SWITCHING, Router.Access.ADMIN, this::putPhaseSwitching)
                .add("GET", TIME_BASED_CHARGE, Router.Access.READ, this::timeBasedCharge)
                .add("PUT", TIME_BASED_CHARGE, Router.Access.ADMIN, this::putTimeBasedCharge)
                .add("GET", DETAILS, Router.Access.READ, this::details);
    }

    private void evseList(ApiExchange exchange) throws IOException {
        JsonArray list = new JsonArray();
        for (Wallbox wallbox : model.list()) {
            JsonObject eebus = new JsonObject();
            eebus.addProperty("i_max", 16_000);
            eebus.addProperty("i_min", 6_000);
            eebus.addProperty("phases_used", 3);
            JsonObject entry = new JsonObject();
            entry.addProperty("label", wallbox.label());
            entry.addProperty("uuid", wallbox.uuid());
            entry.addProperty("parent_uuid", "");
            entry.addProperty("topic", "gdr/local/config/kostal/evse");
            entry.addProperty("ip", "");
            entry.addProperty("manufacturer", "kostal");
            entry.addProperty("slave_addr", "100");
            entry.addProperty("modbus_interface", "APP2");
            entry.addProperty("product", "ENECTOR");
            entry.addProperty("number_of_outlets", 1);
            entry.addProperty("outlet", 1);
            entry.addProperty("state", wallbox.state());
            entry.addProperty("model", wallbox.model());
            entry.addProperty("updateable", false);
            entry.addProperty("supports_phase_switching", true);
            entry.addProperty("phase_usage_state", model.phaseUsage());
            entry.addProperty("phase_usage_result", 0);
            entry.add("eebus", eebus);
            list.add(entry);
        }
        exchange.json(HttpServletResponse.SC_OK, list);
    }

    private void state(ApiExchange exchange) throws IOException {
        List<Wallbox> wallboxes = model.list();
        if (wallboxes.isEmpty()) {
            exchange.error(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "No EVSE available.");
            return;
        }
        long l1 = 0;
        long l2 = 0;
        long l3 = 0;
        for (Wallbox wallbox : wallboxes) {
            if (wallbox.isFailing()) {
                exchange.error(HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                        "Communication with EVSE " + wallbox.uuid() + " failed.");
                return;
            }
            long[] power = wallbox.chargingPower();
            l1 += power[0];
            l2 += power[1];
            l3 += power[2];
        }
        JsonObject body = new JsonObject();
        body.add("EvChargingPower", phases(l1 + l2 + l3, l1, l2, l3));
        body.add("CurtailmentSetpoint", phases(48_000, 16_000, 16_000, 16_000));
        body.addProperty("OverloadProtectionActive", false);
        body.add("GridPowerLimit", limit());
        body.add("PVPowerLimit", limit());
        exchange.json(HttpServletResponse.SC_OK, body);
    }

    private void details(ApiExchange exchange) throws IOException {
        Wallbox wallbox = model.get(exchange.pathParameter(0));
        if (wallbox == null) {
            exchange.error(HttpServletResponse.SC_NOT_FOUND, "EVSE not found.");
            return;
        }
        if (wallbox.isUnreachable()) {
            exchange.error(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Modbus error: no answer from EVSE.");
            return;
        }
        JsonObject body = new JsonObject();
        body.addProperty("serial", wallbox.serial());
        body.addProperty("model", wallbox.model());
        body.addProperty("version", wallbox.version());
        body.addProperty("hardware", wallbox.hardware());
        body.addProperty("max_install_current", 16_000);
        body.addProperty("updateable", false);
        body.addProperty("phase_switching_option", 1);
        body.addProperty("supports_phase_switching", true);
        exchange.json(HttpServletResponse.SC_OK, body);
    }

    /** The full object; 204 with an empty body and an odd content type (api §7.12). */
    private void putChargeMode(ApiExchange exchange) throws IOException {
        JsonObject body = jsonObject(exchange.body());
        if (body == null) {
            exchange.error(HttpServletResponse.SC_BAD_REQUEST, "Invalid JSON.");
            return;
        }
        JsonElement mode = body.get("mode");
        if (mode == null || !mode.isJsonPrimitive() || !WallboxModel.CHARGE_MODES.contains(mode.getAsString())) {
            exchange.error(HttpServletResponse.SC_BAD_REQUEST, "Invalid charge mode.");
            return;
        }
        for (String quota : new String[] { "mincharginpowerquota", "minpvpowerquota", "lastminchargingpowerquota",
                "lastminpvpowerquota" }) {
            if (!isQuota(body.get(quota))) {
                exchange.error(HttpServletResponse.SC_BAD_REQUEST, "Invalid value of " + quota + ".");
                return;
            }
        }
        JsonObject stored = model.chargeMode();
        for (String member : body.keySet()) {
            stored.add(member, body.get(member));
        }
        model.replaceChargeMode(stored);
        HttpServletResponse response = exchange.response();
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        response.setContentType("text/xml");
        response.setContentLength(0);
    }

    private void phaseSwitching(ApiExchange exchange) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("phase_usage", model.phaseUsage());
        exchange.json(HttpServletResponse.SC_OK, body);
    }

    /** 200 without a body or content type (api §7.13). */
    private void putPhaseSwitching(ApiExchange exchange) throws IOException {
        JsonObject body = jsonObject(exchange.body());
        JsonElement usage = body == null ? null : body.get("phase_usage");
        Integer value = integer(usage);
        if (value == null || value < 0 || value > 2) {
            exchange.error(HttpServletResponse.SC_BAD_REQUEST, "phase_usage must be 0, 1 or 2.");
            return;
        }
        model.setPhaseUsage(value);
        HttpServletResponse response = exchange.response();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentLength(0);
    }

    private void timeBasedCharge(ApiExchange exchange) throws IOException {
        JsonArray list = new JsonArray();
        for (WallboxModel.PlanEntry entry : model.plan()) {
            JsonObject item = new JsonObject();
            item.addProperty("weekday", entry.weekday());
            item.addProperty("start_hour", entry.startHour());
            item.addProperty("start_minute", entry.startMinute());
            item.addProperty("charge_mode", entry.chargeMode());
            list.add(item);
        }
        exchange.json(HttpServletResponse.SC_OK, list);
    }

    /**
     * A list of switching edges; answers with the edges in the reference week starting Sunday 2017-12-31, minutes
     * dropped because the device honours whole hours only (api §4, §7.14).
     */
    private void putTimeBasedCharge(ApiExchange exchange) throws IOException {
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(exchange.body());
        } catch (JsonParseException e) {
            parsed = null;
        }
        if (parsed == null || !parsed.isJsonArray()) {
            exchange.error(HttpServletResponse.SC_BAD_REQUEST, "Expected a list of switching points.");
            return;
        }
        List<WallboxModel.PlanEntry> plan = new ArrayList<>();
        for (JsonElement element : parsed.getAsJsonArray()) {
            if (!element.isJsonObject()) {
                exchange.error(HttpServletResponse.SC_BAD_REQUEST, "Expected a list of switching points.");
                return;
            }
            JsonObject item = element.getAsJsonObject();
            Integer weekday = integer(item.get("weekday"));
            Integer hour = integer(item.get("start_hour"));
            Integer minute = integer(item.get("start_minute"));
            Integer mode = integer(item.get("charge_mode"));
            if (weekday == null || weekday < 0 || weekday > 6 || hour == null || hour < 0 || hour > 23
                    || minute == null || minute < 0 || minute > 59 || mode == null || mode < 0 || mode > 3) {
                exchange.error(HttpServletResponse.SC_BAD_REQUEST, "Invalid switching point.");
                return;
            }
            plan.add(new WallboxModel.PlanEntry(weekday, hour, minute, mode));
        }
        model.setPlan(plan);
        JsonArray answer = new JsonArray();
        for (WallboxModel.PlanEntry entry : plan) {
            JsonObject item = new JsonObject();
            item.addProperty("Starttime", REFERENCE_WEEK.plusDays(entry.weekday()).plusHours(entry.startHour())
                    .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + "Z");
            item.addProperty("Chargemode", entry.chargeMode());
            answer.add(item);
        }
        exchange.json(HttpServletResponse.SC_OK, answer);
    }

    private static JsonObject phases(long total, long l1, long l2, long l3) {
        JsonObject phases = new JsonObject();
        phases.addProperty("total", total);
        phases.addProperty("l1", l1);
        phases.addProperty("l2", l2);
        phases.addProperty("l3", l3);
        return phases;
    }

    private static JsonObject limit() {
        JsonObject limit = new JsonObject();
        limit.addProperty("Active", false);
        limit.addProperty("Power", 0);
        return limit;
    }

    private static JsonObject jsonObject(String text) {
        try {
            JsonElement element = JsonParser.parseString(text);
            return element != null && element.isJsonObject() ? element.getAsJsonObject() : null;
        } catch (JsonParseException e) {
            return null;
        }
    }

    /** A whole number, or null for anything else. */
    private static Integer integer(JsonElement element) {
        if (element == null || !element.isJsonPrimitive() || !element.getAsJsonPrimitive().isNumber()) {
            return null;
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        double value = primitive.getAsDouble();
        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
            return null;
        }
        return (int) value;
    }

    /** Absent, null or a whole number from 0 to 100. */
    private static boolean isQuota(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return true;
        }
        Integer value = integer(element);
        return value != null && value >= 0 && value <= 100;
    }
}
