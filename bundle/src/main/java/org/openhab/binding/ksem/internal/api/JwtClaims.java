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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Reads public claims of a JWT without verifying it (the device verifies; the binding only wants the expiry to warn the
 * owner in time). Tokens are otherwise treated as opaque.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class JwtClaims {

    private JwtClaims() {
    }

    /** The {@code exp} claim, or null when the token is no JWT or has no expiry. */
    public static @Nullable Instant expiry(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            JsonElement root = JsonParser.parseString(payload);
            if (!root.isJsonObject()) {
                return null;
            }
            JsonObject claims = root.getAsJsonObject();
            JsonElement exp = claims.get("exp");
            return exp != null && exp.isJsonPrimitive() && exp.getAsJsonPrimitive().isNumber()
                    ? Instant.ofEpochSecond(exp.getAsLong())
                    : null;
        } catch (RuntimeException e) { // IllegalArgumentException from Base64, JsonParseException, NumberFormat
            return null;
        }
    }
}
