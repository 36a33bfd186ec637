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

import java.time.Clock;
import java.time.Duration;

/**
 * Everything {@link KsemSimulator.Builder} collects.
 *
 * @param port TCP port on 127.0.0.1, 0 = any free one
 * @param password the web-interface password
 * @param frameInterval push rate of the GDR streams
 * @param tokenEndpoints whether {@code /api/access-token/*} exists (false: an older firmware, 404)
 * @param loginTokenLifetime {@code expires_in} of a login, and the JWT's {@code exp}
 * @param loginFailureStatus status of a login with a wrong password (400 or 401; the real one is unknown)
 * @param rateLimit whether POSTs to the login zone are rate limited
 * @param rateLimitBurst nginx {@code burst}: 0 refuses a second POST within a second, 1 delays it
 * @param serial the device's serial number
 * @param firmwareVersion reported firmware
 * @param energyFlowSourceId map key and GDR id of the sumvalues record (unknown on the real device)
 * @param omitZeroValues whether zero OBIS values are sent without their value field, like the device
 * @param clock wall clock for timestamps and expiry
 */
record SimulatorSettings(int port, String password, Duration frameInterval, boolean tokenEndpoints,
        Duration loginTokenLifetime, int loginFailureStatus, boolean rateLimit, int rateLimitBurst, String serial,
        String firmwareVersion, String energyFlowSourceId, boolean omitZeroValues, Clock clock) {
}
