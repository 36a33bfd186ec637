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
 * One entry of {@code GET /api/e-mobility/evselist} (api §4); only the members the binding uses.
 *
 * @author KSEM binding contributors - Initial contribution
 */
public class EvseInfo {
    public String label;
    public String uuid;
    public String state;
    public String model;
    public String product;
    public String manufacturer;
}
