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
 * An access token as the modeled {@code /api/access-token} calls describe it (see docs/design.md). {@code token} is
 * only present in the answer that creates it.
 *
 * @author KSEM binding contributors - Initial contribution
 */
public class TokenInfo {
    public String id;
    public String name;
    public String role;
    public String expires;
    public String state;
    public String token;

    /** Never show the token itself, e.g. in a debugger's or log's toString. */
    @Override
    public String toString() {
        return "TokenInfo[id=" + id + ", name=" + name + ", role=" + role + ", state=" + state + "]";
    }
}
