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
package org.openhab.binding.ksem.internal.api.dto;

import com.google.gson.annotations.SerializedName;

/**
 * Answer of {@code GET /api/device-settings} (api §4).
 *
 * @author KSEM binding contributors - Initial contribution
 */
public class DeviceSettings {
    @SerializedName("Mac")
    public String mac;
    @SerializedName("Serial")
    public String serial;
    @SerializedName("ProductName")
    public String productName;
    @SerializedName("DeviceType")
    public String deviceType;
    @SerializedName("FirmwareVersion")
    public String firmwareVersion;
    public String hostname;
}
