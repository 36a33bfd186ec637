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
 * One element of the answer to {@code PUT /api/e-mobility/timebasedCharge} (api §4): a switching edge as a time in the
 * reference week that starts on Sunday 2017-12-31.
 *
 * @author KSEM binding contributors - Initial contribution
 */
public class TimeBasedChargeSlot {
    @SerializedName("Starttime")
    public String startTime;
    @SerializedName("Chargemode")
    public Integer chargeMode;
}
