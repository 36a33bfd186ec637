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

/**
 * Answer of {@code GET /api/kostal-energyflow/configuration} (api §4); only {@code batteryusage} is used.
 *
 * @author KSEM binding contributors - Initial contribution
 */
public class EnergyFlowConfiguration {
    /** Whether the home battery may be used for charging in the solar modes. */
    public Boolean batteryusage;
}
