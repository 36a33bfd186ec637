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

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class JwtClaimsTest {

    private static String jwt(String payload) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    @Test
    void readsTheExpiry() {
        assertEquals(Instant.ofEpochSecond(1_800_000_000L),
                JwtClaims.expiry(jwt("{\"role\":\"api\",\"exp\":1800000000}")));
    }

    @Test
    void toleratesTokensWithoutExpiryOrNoJwtAtAll() {
        assertNull(JwtClaims.expiry(jwt("{\"role\":\"api\"}")));
        assertNull(JwtClaims.expiry(jwt("[1,2]")));
        assertNull(JwtClaims.expiry(jwt("{\"exp\":\"soon\"}")));
        assertNull(JwtClaims.expiry("opaque-token"));
        assertNull(JwtClaims.expiry("a.%%%.c"));
    }
}
