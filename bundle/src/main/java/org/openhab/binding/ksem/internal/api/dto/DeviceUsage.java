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
 * Answer of {@code GET /api/device-settings/deviceusage} (api §4): CPU load in %, CPU temperature in °C, RAM in kB.
 *
 * @author KSEM binding contributors - Initial contribution
 */
public class DeviceUsage {
    @SerializedName("CpuLoad")
    public Double cpuLoad;
    @SerializedName("CpuTemp")
    public Double cpuTemp;
    @SerializedName("RamFree")
    public Long ramFree;
    @SerializedName("RamTotal")
    public Long ramTotal;
}
