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
 * Answer of {@code GET /api/e-mobility/state} (api §4); only the charging power is used.
 *
 * @author KSEM binding contributors - Initial contribution
 */
public class EMobilityState {

    /** Charging power of the KSEM's wallboxes in mW. */
    @SerializedName("EvChargingPower")
    public Phases evChargingPower;

    /**
     * A value in total and per phase.
     */
    public static class Phases {
        public Long total;
        public Long l1;
        public Long l2;
        public Long l3;
    }
}
