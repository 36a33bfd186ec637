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
import java.time.Instant;

import javax.servlet.http.HttpServletResponse;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The read-only {@code device-settings} calls of api §4 that a client needs: identity, usage, status, network. */
final class DeviceSettingsEndpoints {

    private static final long RAM_TOTAL_KB = 505_344;

    private final DeviceIdentity device;
    private final HouseholdProfile profile;
    private final SimulationClock clock;

    DeviceSettingsEndpoints(DeviceIdentity device, HouseholdProfile profile, SimulationClock clock) {
        this.device = device;
        this.profile = profile;
        this.clock = clock;
    }

    void register(Router router) {
        router.add("GET", "/api/device-settings", Router.Access.READ, this::settings)
                .add("GET", "/api/device-settings/deviceusage", Router.Access.READ, this::usage)
                .add("GET", "/api/device-settings/devicestatus", Router.Access.READ, this::status)
                .add("GET", "/api/device-settings/network", Router.Access.READ, this::network)
                .add("GET", "/api/device-settings/local-time", Router.Access.READ, this::localTime);
    }

    private void settings(ApiExchange exchange) throws IOException {
        JsonObject network = new JsonObject();
        network.addProperty("ip", "127.0.0.1");
        network.addProperty("mask", "255.0.0.0");
        network.addProperty("gateway", "127.0.0.1");
        JsonArray dns = new JsonArray();
        dns.add("127.0.0.1");
        network.add("dns", dns);
        JsonObject body = new JsonObject();
        body.addProperty("Mac", device.mac());
        body.addProperty("Serial", device.serial());
        body.addProperty("ProductName", device.productName());
        body.addProperty("DeviceType", device.deviceType());
        body.addProperty("FirmwareVersion", device.firmwareVersion());
        body.addProperty("hostname", device.hostname());
        body.add("network", network);
        exchange.json(HttpServletResponse.SC_OK, body);
    }

    private void usage(ApiExchange exchange) throws IOException {
        double t = clock.secondsSinceStart(clock.now());
        JsonObject body = new JsonObject();
        body.addProperty("CpuLoad", Math.round(profile.cpuLoadAt(t) * 10) / 10.0);
        body.addProperty("CpuTemp", Math.round(profile.cpuTemperatureAt(t) * 10) / 10.0);
        body.addProperty("RamFree", RAM_TOTAL_KB / 2 - Math.round(profile.cpuLoadAt(t) * 1000));
        body.addProperty("RamTotal", RAM_TOTAL_KB);
        body.addProperty("FlashAppFree", 142_606_336L);
        body.addProperty("FlashAppTotal", 268_435_456L);
        body.addProperty("FlashDataFree", 120_586_240L);
        body.addProperty("FlashDataTotal", 134_217_728L);
        exchange.json(HttpServletResponse.SC_OK, body);
    }

    private void status(ApiExchange exchange) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("status", "idle");
        exchange.json(HttpServletResponse.SC_OK, body);
    }

    private void network(ApiExchange exchange) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("mode", "dhcp");
        body.addProperty("hostname", device.hostname());
        body.addProperty("upnpavailable", true);
        body.addProperty("upnpstatus", true);
        exchange.json(HttpServletResponse.SC_OK, body);
    }

    private void localTime(ApiExchange exchange) throws IOException {
        Instant now = clock.now();
        JsonObject body = new JsonObject();
        body.addProperty("time", now.toEpochMilli() / 1000.0);
        body.addProperty("ntp_synced", true);
        exchange.json(HttpServletResponse.SC_OK, body);
    }
}
