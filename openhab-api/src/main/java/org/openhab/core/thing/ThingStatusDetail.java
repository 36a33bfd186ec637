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
package org.openhab.core.thing;

/**
 * Detail of a {@link ThingStatus}. Bindings may use {@code NONE} and {@code CONFIGURATION_PENDING} with ONLINE,
 * {@code NONE}, {@code COMMUNICATION_ERROR}, {@code CONFIGURATION_ERROR}, {@code BRIDGE_OFFLINE},
 * {@code FIRMWARE_UPDATING}, {@code DUTY_CYCLE} and {@code GONE} with OFFLINE, and {@code NONE} with UNKNOWN.
 *
 * @author Stefan Bußweiler - Initial contribution (openHAB)
 */
public enum ThingStatusDetail {
    NONE,
    NOT_YET_READY,
    HANDLER_MISSING_ERROR,
    HANDLER_REGISTERING_ERROR,
    HANDLER_INITIALIZING_ERROR,
    HANDLER_CONFIGURATION_PENDING,
    CONFIGURATION_PENDING,
    COMMUNICATION_ERROR,
    CONFIGURATION_ERROR,
    BRIDGE_OFFLINE,
    FIRMWARE_UPDATING,
    DUTY_CYCLE,
    BRIDGE_UNINITIALIZED,
    GONE,
    DISABLED
}
