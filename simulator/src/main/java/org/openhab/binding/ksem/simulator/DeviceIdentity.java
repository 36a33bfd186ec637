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

import java.util.Locale;

/**
 * Who the simulated device is: what {@code GET /api/device-settings} reports.
 *
 * @param serial serial number
 * @param mac MAC address, derived from the serial
 * @param hostname {@code ksem-<serial>}, the default host name rule of the platform (api §6)
 * @param productName "KOSTAL Smart Energy Meter"
 * @param deviceType hardware type, "hw0100"
 * @param firmwareVersion e.g. "2.6.2"
 */
public record DeviceIdentity(String serial, String mac, String hostname, String productName, String deviceType,
        String firmwareVersion) {

    static DeviceIdentity of(String serial, String firmwareVersion) {
        int hash = serial.hashCode();
        String mac = String.format(Locale.ROOT, "18:97:F1:%02X:%02X:%02X", hash >>> 16 & 0xFF, hash >>> 8 & 0xFF,
                hash & 0xFF);
        return new DeviceIdentity(serial, mac, "ksem-" + serial, "KOSTAL Smart Energy Meter", "hw0100",
                firmwareVersion);
    }
}
