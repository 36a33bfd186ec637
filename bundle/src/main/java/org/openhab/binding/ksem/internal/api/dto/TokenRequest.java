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
 * Body of the modeled token request {@code POST /api/access-token/tokens}.
 *
 * @author KSEM binding contributors - Initial contribution
 */
public class TokenRequest {
    public String name;
    public String role;
    public String expires;

    public TokenRequest(String name, String role, String expires) {
        this.name = name;
        this.role = role;
        this.expires = expires;
    }
}
