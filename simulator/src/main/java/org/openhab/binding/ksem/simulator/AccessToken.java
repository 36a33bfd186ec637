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
import java.util.Optional;

/**
 * An access token as the device stores it. The token string is kept so that requests can be matched against it;
 * the HTTP API shows it only in the answer to its creation.
 */
public final class AccessToken {

    private final String id;
    private final String name;
    private final String role;
    private final Instant expires;
    private final Instant created;
    private final String token;
    private volatile TokenState state = TokenState.PENDING;

    AccessToken(String id, String name, String role, Instant expires, Instant created, String token) {
        this.id = id;
        this.name = name;
        this.role = role;
        this.expires = expires;
        this.created = created;
        this.token = token;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** {@code api} or {@code admin}. */
    public String role() {
        return role;
    }

    public Optional<Instant> expires() {
        return Optional.ofNullable(expires);
    }

    public Instant created() {
        return created;
    }

    public TokenState state() {
        return state;
    }

    /** The bearer string (an RS256 JWT). */
    public String token() {
        return token;
    }

    public boolean isExpired(Instant now) {
        return expires != null && !now.isBefore(expires);
    }

    /** Authorised and not expired: the token works like a login. */
    public boolean isUsable(Instant now) {
        return state == TokenState.AUTHORISED && !isExpired(now);
    }

    synchronized boolean changeState(TokenState from, TokenState to) {
        if (state != from) {
            return false;
        }
        state = to;
        return true;
    }

    synchronized void revoke() {
        state = TokenState.REVOKED;
    }

    @Override
    public String toString() {
        // Never the token itself: this may end up in a log line.
        return "AccessToken[id=" + id + ", name=" + name + ", role=" + role + ", state=" + state + "]";
    }
}
