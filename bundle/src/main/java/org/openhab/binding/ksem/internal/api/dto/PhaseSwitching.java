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
 * Body of {@code GET/PUT /api/e-mobility/config/phaseswitching} (api §4): 0 three phases, 1 one phase, 2 automatic.
 *
 * @author KSEM binding contributors - Initial contribution
 */
public class PhaseSwitching {
    @SerializedName("phase_usage")
    public Integer phaseUsage;

    public PhaseSwitching() {
    }

    public PhaseSwitching(int phaseUsage) {
        this.phaseUsage = phaseUsage;
    }
}
