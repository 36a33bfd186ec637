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
 * Answer of {@code GET /api/evse-kostal/evse/<uuid>/details} (api §4).
 *
 * @author KSEM binding contributors - Initial contribution
 */
public class EvseDetails {
    public String serial;
    public String model;
    /** e.g. {@code "FW: 1.2.0; COM: 2.1.4"} */
    public String version;
    public String hardware;
}
