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

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Issues login JWTs like the {@code web-login} app (api §1.3) and resolves a bearer string, from a REST header or a
 * WebSocket's first frame, to the {@link Principal} behind it.
 */
final class BearerAuthenticator {

    private static final String BEARER_PREFIX = "bearer ";
    private static final String ACCESS_TOKEN_CLAIM = "tid";
    private static final long NONCE_MIN = 1_000_000_000_000_000_000L;
    private static final long NONCE_SPAN = 8_000_000_000_000_000_000L;

    private final JwtSigner signer;
    private final TokenStore tokens;
    private final SimulationClock clock;
    private final SecureRandom random = new SecureRandom();

    BearerAuthenticator(JwtSigner signer, TokenStore tokens, SimulationClock clock) {
        this.signer = signer;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The token of {@code Bearer <token>}; empty for anything else. */
    static Optional<String> bearerToken(String value) {
        if (value == null || value.length() <= BEARER_PREFIX.length()
                || !value.regionMatches(true, 0, BEARER_PREFIX, 0, BEARER_PREFIX.length())) {
            return Optional.empty();
        }
        String token = value.substring(BEARER_PREFIX.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    /** A login JWT with the claims of a real one: aud, iss, role, sub, a 19-digit nonce and exp. */
    String issueLoginToken(String username, Duration lifetime) {
        JsonObject claims = new JsonObject();
        claims.addProperty("aud", "admin");
        claims.addProperty("exp", wholeSecondsNotBefore(clock.now().plus(lifetime)));
        claims.addProperty("iss", "TQS");
        claims.addProperty("nonc", NONCE_MIN + Math.floorMod(random.nextLong(), NONCE_SPAN));
        claims.addProperty("role", "admin,user");
        claims.addProperty("sub", username);
        return signer.sign(claims);
    }

    /** exp has whole seconds; rounding up keeps the promised lifetime. */
    private static long wholeSecondsNotBefore(Instant instant) {
        return instant.getNano() == 0 ? instant.getEpochSecond() : instant.getEpochSecond() + 1;
    }

    /**
     * The principal of a bearer token: an access token that is pending or usable, or a login JWT signed with the
     * current key and not expired. Empty means 401.
     */
    Optional<Principal> authenticate(String token) {
        Instant now = clock.now();
        Optional<AccessToken> accessToken = tokens.findByToken(token);
        if (accessToken.isPresent()) {
            AccessToken found = accessToken.get();
            boolean alive = found.state() != TokenState.REVOKED && !found.isExpired(now);
            return alive ? Optional.of(Principal.accessToken(found)) : Optional.empty();
        }
        return signer.verify(token).flatMap(jwt -> loginPrincipal(jwt, now));
    }

    /** Whether a principal accepted earlier still may receive data (checked before every WebSocket frame). */
    boolean isStillValid(Principal principal) {
        Instant now = clock.now();
        if (principal.isAccessToken()) {
            return tokens.find(principal.tokenId()).map(token -> token.isUsable(now)).orElse(false);
        }
        return principal.keyEpoch() == signer.epoch() && now.isBefore(principal.expiry());
    }

    private static Optional<Principal> loginPrincipal(JwtSigner.VerifiedJwt jwt, Instant now) {
        JsonObject claims = jwt.claims();
        if (claims.has(ACCESS_TOKEN_CLAIM)) {
            // An access token that was deleted from the store: its signature alone does not make it valid.
            return Optional.empty();
        }
        JsonElement exp = claims.get("exp");
        if (exp == null || !exp.isJsonPrimitive() || !exp.getAsJsonPrimitive().isNumber()) {
            return Optional.empty();
        }
        Instant expiry = Instant.ofEpochSecond(exp.getAsLong());
        if (!now.isBefore(expiry)) {
            return Optional.empty();
        }
        String subject = claims.has("sub") ? claims.get("sub").getAsString() : "";
        String role = claims.has("role") ? claims.get("role").getAsString() : "";
        Set<String> roles = Arrays.stream(role.split(",")).map(String::trim).filter(r -> !r.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        return Optional.of(Principal.login(subject, roles, jwt.epoch(), expiry));
    }
}
