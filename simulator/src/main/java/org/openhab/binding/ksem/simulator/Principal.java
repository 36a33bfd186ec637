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

import java.time.Instant;
import java.util.Set;

/**
 * Who sent a request: the holder of a login JWT or of an access token.
 *
 * @param kind which credential
 * @param subject the JWT's {@code sub}
 * @param roles the roles the credential grants
 * @param tokenId the access token's id ({@code null} for a login)
 * @param keyEpoch the signing-key epoch a login JWT was verified against
 * @param expiry when the credential stops working ({@code null}: never)
 * @param pending an access token that has not been authorised yet
 */
record Principal(Kind kind, String subject, Set<String> roles, String tokenId, long keyEpoch, Instant expiry,
        boolean pending) {

    static final String ROLE_ADMIN = "admin";

    enum Kind {
        LOGIN,
        ACCESS_TOKEN
    }

    static Principal login(String subject, Set<String> roles, long keyEpoch, Instant expiry) {
        return new Principal(Kind.LOGIN, subject, roles, null, keyEpoch, expiry, false);
    }

    static Principal accessToken(AccessToken token) {
        Set<String> roles = TokenStore.ROLE_ADMIN.equals(token.role()) ? Set.of("admin", "user", "api")
                : Set.of("api");
        return new Principal(Kind.ACCESS_TOKEN, token.name(), roles, token.id(), -1, token.expires().orElse(null),
                token.state() == TokenState.PENDING);
    }

    boolean isAccessToken() {
        return kind == Kind.ACCESS_TOKEN;
    }

    boolean isAdmin() {
        return roles.contains(ROLE_ADMIN);
    }
}
