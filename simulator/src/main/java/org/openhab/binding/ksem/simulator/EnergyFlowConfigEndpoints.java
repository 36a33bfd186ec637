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
import java.util.concurrent.atomic.AtomicBoolean;

import javax.servlet.http.HttpServletResponse;

import com.google.gson.JsonObject;

/**
 * {@code /api/kostal-energyflow/configuration} (api §4): one read and one write, so that clients can be tested
 * against the role rule (writes need {@code admin}).
 */
final class EnergyFlowConfigEndpoints {

    private final AtomicBoolean batteryUsage;

    EnergyFlowConfigEndpoints() {
        this(new AtomicBoolean(true));
    }

    /** @param batteryUsage the flag shared with the e-mobility model ({@code KsemSimulator#wallboxes()}) */
    EnergyFlowConfigEndpoints(AtomicBoolean batteryUsage) {
        this.batteryUsage = batteryUsage;
    }

    void register(Router router) {
        router.add("GET", "/api/kostal-energyflow/configuration", Router.Access.READ, this::configuration)
                .add("PUT", "/api/kostal-energyflow/configuration/batteryusage", Router.Access.ADMIN,
                        this::setBatteryUsage);
    }

    private void configuration(ApiExchange exchange) throws IOException {
        JsonObject powerReduction = new JsonObject();
        powerReduction.addProperty("enabled", false);
        powerReduction.addProperty("limit", 70);
        powerReduction.addProperty("interval", 1);
        powerReduction.addProperty("avg_interval", 10);
        powerReduction.addProperty("avg_teridian", false);
        powerReduction.addProperty("maxpower", 10_000);
        JsonObject body = new JsonObject();
        body.addProperty("enabled", true);
        body.addProperty("selected_controller_type", "legacy");
        body.add("powerreduction", powerReduction);
        body.addProperty("batteryusage", batteryUsage.get());
        body.addProperty("version", 1);
        exchange.json(HttpServletResponse.SC_OK, body);
    }

    /** The body is a bare {@code true} or {@code false} (sent as text/plain by the web interface). */
    private void setBatteryUsage(ApiExchange exchange) throws IOException {
        String body = exchange.body().trim();
        if (!"true".equals(body) && !"false".equals(body)) {
            exchange.error(HttpServletResponse.SC_BAD_REQUEST, "Expected true or false.");
            return;
        }
        batteryUsage.set(Boolean.parseBoolean(body));
        exchange.noContent();
    }
}
