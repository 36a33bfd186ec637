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
 * Answer of {@code POST /api/web-login/token} (api §1.2). A failed login may come back as 2xx with {@code error}.
 *
 * @author KSEM binding contributors - Initial contribution
 */
public class LoginResponse {
    @SerializedName("access_token")
    public String accessToken;
    @SerializedName("token_type")
    public String tokenType;
    @SerializedName("expires_in")
    public Long expiresIn;
    public Object error;
}
