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
 * One switching edge of the weekly time-based charging plan, as {@code PUT/GET /api/e-mobility/timebasedCharge} use it
 * (api §4): weekday 0 = Sunday … 6 = Saturday; charge mode 0 off, 1 grid, 2 pv, 3 hybrid.
 *
 * @author KSEM binding contributors - Initial contribution
 */
public class TimeBasedChargeEntry {
    public Integer weekday;
    @SerializedName("start_hour")
    public Integer startHour;
    @SerializedName("start_minute")
    public Integer startMinute;
    @SerializedName("charge_mode")
    public Integer chargeMode;

    public TimeBasedChargeEntry() {
    }

    public TimeBasedChargeEntry(int weekday, int startHour, int startMinute, int chargeMode) {
        this.weekday = weekday;
        this.startHour = startHour;
        this.startMinute = startMinute;
        this.chargeMode = chargeMode;
    }
}
