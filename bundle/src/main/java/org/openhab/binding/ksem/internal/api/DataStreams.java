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
package org.openhab.binding.ksem.internal.api;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Paths of the data-transfer WebSocket bridge (api §3.1) the binding subscribes to.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class DataStreams {

    private static final String BASE = "/api/data-transfer/ws/protobuf/gdr/local/values/";

    /** The meter's OBIS values (api §3.4). */
    public static final String SMART_METER = BASE + "smart-meter";
    /** The home's energy flow (api §3.5). */
    public static final String ENERGY_FLOW = BASE + "kostal-energyflow/sumvalues";

    private DataStreams() {
    }
}
