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
package org.openhab.binding.ksem.internal;

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ThingTypeUID;

/**
 * Ids shared by the binding's classes and its OH-INF files.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class KsemBindingConstants {

    public static final String BINDING_ID = "ksem";

    public static final ThingTypeUID THING_TYPE_METER = new ThingTypeUID(BINDING_ID, "meter");
    public static final ThingTypeUID THING_TYPE_WALLBOX = new ThingTypeUID(BINDING_ID, "wallbox");
    public static final Set<ThingTypeUID> SUPPORTED_THING_TYPES = Set.of(THING_TYPE_METER, THING_TYPE_WALLBOX);

    // configuration parameters of the meter
    public static final String CONFIG_HOSTNAME = "hostname";
    public static final String CONFIG_PASSWORD = "password";
    public static final String CONFIG_ACCESS_TOKEN = "accessToken";
    public static final String CONFIG_CERTIFICATE_FINGERPRINT = "certificateFingerprint";

    // channel groups
    public static final String GROUP_GRID = "grid";
    public static final String GROUP_L1 = "l1";
    public static final String GROUP_L2 = "l2";
    public static final String GROUP_L3 = "l3";
    public static final String GROUP_ENERGY_FLOW = "energy-flow";
    public static final String GROUP_DEVICE = "device";

    // device group channels
    public static final String CHANNEL_CPU_LOAD = "cpu-load";
    public static final String CHANNEL_CPU_TEMPERATURE = "cpu-temperature";
    public static final String CHANNEL_RAM_FREE = "ram-free";
    public static final String CHANNEL_LAST_READING = "last-reading";
    public static final String CHANNEL_TOKEN_STATE = "token-state";
    public static final String CHANNEL_TOKEN_EXPIRY = "token-expiry";

    // configuration parameters of the wallbox
    public static final String CONFIG_UUID = "uuid";
    public static final String CONFIG_REFRESH_INTERVAL = "refreshInterval";

    // wallbox channels
    public static final String CHANNEL_WALLBOX_STATE = "state";
    public static final String CHANNEL_CHARGING_POWER = "charging-power";
    public static final String CHANNEL_CHARGING_POWER_L1 = "charging-power-l1";
    public static final String CHANNEL_CHARGING_POWER_L2 = "charging-power-l2";
    public static final String CHANNEL_CHARGING_POWER_L3 = "charging-power-l3";
    public static final String CHANNEL_CHARGE_MODE = "charge-mode";
    public static final String CHANNEL_MIN_PV_POWER_QUOTA = "min-pv-power-quota";
    public static final String CHANNEL_MIN_CHARGING_POWER_QUOTA = "min-charging-power-quota";
    public static final String CHANNEL_PHASE_SWITCHING = "phase-switching";
    public static final String CHANNEL_BATTERY_USAGE = "battery-usage";

    // Thing properties, with the values of openHAB's Thing.PROPERTY_* constants
    public static final String PROPERTY_VENDOR = "vendor";
    public static final String PROPERTY_MODEL_ID = "modelId";
    public static final String PROPERTY_SERIAL_NUMBER = "serialNumber";
    public static final String PROPERTY_HARDWARE_VERSION = "hardwareVersion";
    public static final String PROPERTY_FIRMWARE_VERSION = "firmwareVersion";
    public static final String PROPERTY_MAC_ADDRESS = "macAddress";

    private KsemBindingConstants() {
    }
}
