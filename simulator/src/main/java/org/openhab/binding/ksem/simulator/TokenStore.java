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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.google.gson.JsonObject;

/**
 * The access tokens of the device (design.md, "Access tokens: the modeled device calls"). Tokens are RS256 JWTs
 * with {@code sub} = name, {@code role}, {@code tid} = id and, when an expiry was given, {@code exp}. They are
 * checked by looking them up here, not by their signature, so they survive a rotation of the login key.
 */
public final class TokenStore {

    public static final String ROLE_API = "api";
    public static final String ROLE_ADMIN = "admin";

    private final JwtSigner signer;
    private final SimulationClock clock;
    private final Map<String, AccessToken> byId = new ConcurrentHashMap<>();
    private final Map<String, AccessToken> byToken = new ConcurrentHashMap<>();

    TokenStore(JwtSigner signer, SimulationClock clock) {
        this.signer = signer;
        this.clock = clock;
    }

    /**
     * Issues a pending token.
     *
     * @param role {@link #ROLE_API} or {@link #ROLE_ADMIN}
     * @param expires when it stops working, or {@code null} for never
     */
    public AccessToken create(String name, String role, Instant expires) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A token needs a name");
        }
        if (!ROLE_API.equals(role) && !ROLE_ADMIN.equals(role)) {
            throw new IllegalArgumentException("The role must be 'api' or 'admin'");
        }
        String id = UUID.randomUUID().toString();
        JsonObject claims = new JsonObject();
        claims.addProperty("iss", "TQS");
        claims.addProperty("sub", name);
        claims.addProperty("role", role);
        claims.addProperty("tid", id);
        if (expires != null) {
            claims.addProperty("exp", expires.getEpochSecond());
        }
        AccessToken token = new AccessToken(id, name, role, expires, clock.now(), signer.sign(claims));
        byId.put(id, token);
        byToken.put(token.token(), token);
        return token;
    }

    /** All tokens, oldest first. */
    public List<AccessToken> list() {
        return byId.values().stream().sorted(Comparator.comparing(AccessToken::created).thenComparing(AccessToken::id))
                .toList();
    }

    public Optional<AccessToken> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Pending to authorised; false if the token is unknown or not pending. */
    public boolean authorise(String id) {
        AccessToken token = byId.get(id);
        return token != null && (token.state() == TokenState.AUTHORISED
                || token.changeState(TokenState.PENDING, TokenState.AUTHORISED));
    }

    /** From now on the token is rejected (REST 401, WebSocket closed with 1008 at its next frame). */
    public boolean revoke(String id) {
        AccessToken token = byId.get(id);
        if (token == null) {
            return false;
        }
        token.revoke();
        return true;
    }

    public boolean delete(String id) {
        AccessToken token = byId.remove(id);
        if (token == null) {
            return false;
        }
        token.revoke();
        byToken.remove(token.token());
        return true;
    }

    public void revokeAll() {
        byId.values().forEach(AccessToken::revoke);
    }

    /** Creates and authorises a token in one step, as an owner would in the web interface. */
    public AccessToken createAuthorised(String name, String role, Instant expires) {
        AccessToken token = create(name, role, expires);
        authorise(token.id());
        return token;
    }

    Optional<AccessToken> findByToken(String bearer) {
        return Optional.ofNullable(byToken.get(bearer));
    }
}
