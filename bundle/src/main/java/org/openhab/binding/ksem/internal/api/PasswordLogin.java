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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ksem.internal.api.dto.LoginResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * Logs in with the web-interface password (OAuth2 password grant, api §1.1) and keeps the session token until shortly
 * before it expires. Never logs in more than once per second (the device's nginx allows 1 POST/s, api §1.2) and backs
 * off after HTTP 429.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class PasswordLogin implements Credentials {

    static final String LOGIN_PATH = "/api/web-login/token";
    // constants of the KSEM's own web UI, identical on every device (api §1.1)
    private static final String CLIENT_ID = "emos";
    private static final String CLIENT_SECRET = "56951025";
    private static final String USERNAME = "admin";

    private static final Duration MIN_LOGIN_SPACING = Duration.ofSeconds(1);
    private static final Duration FIRST_RATE_LIMIT_PAUSE = Duration.ofSeconds(2);
    private static final Duration MAX_RATE_LIMIT_PAUSE = Duration.ofMinutes(1);
    private static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    private final Logger logger = LoggerFactory.getLogger(PasswordLogin.class);
    private final KsemHttpTransport http;
    private final KsemEndpoint endpoint;
    private final String password;
    private final Gson gson;
    private final Clock clock;

    private @Nullable String session;
    private Instant sessionRenewal = Instant.MIN;
    private Instant nextLoginAllowed = Instant.MIN;
    private Duration rateLimitPause = FIRST_RATE_LIMIT_PAUSE;
    private int logins;

    public PasswordLogin(KsemHttpTransport http, KsemEndpoint endpoint, String password, Gson gson, Clock clock) {
        this.http = http;
        this.endpoint = endpoint;
        this.password = password;
        this.gson = gson;
        this.clock = clock;
    }

    @Override
    public synchronized String bearer() throws KsemException {
        String current = session;
        if (current != null && clock.instant().isBefore(sessionRenewal)) {
            return current;
        }
        return login();
    }

    @Override
    public synchronized void rejected(String bearer) {
        if (bearer.equals(session)) {
            session = null;
        }
    }

    @Override
    public boolean isAccessToken() {
        return false;
    }

    /** How many logins were sent to the device (for diagnostics and tests). */
    public synchronized int getLoginCount() {
        return logins;
    }

    private String login() throws KsemException {
        Instant now = clock.instant();
        if (now.isBefore(nextLoginAllowed)) {
            throw new KsemRateLimitedException(Duration.between(now, nextLoginAllowed));
        }
        nextLoginAllowed = now.plus(MIN_LOGIN_SPACING);
        logins++;
        String form = "grant_type=password&client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET + "&username="
                + USERNAME + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        KsemResponse response = http.send(
                new KsemRequest("POST", endpoint.rest(LOGIN_PATH), null, "application/x-www-form-urlencoded", form));
        int status = response.status();
        if (status == 429) {
            Duration pause = rateLimitPause;
            rateLimitPause = min(rateLimitPause.multipliedBy(2), MAX_RATE_LIMIT_PAUSE);
            nextLoginAllowed = now.plus(pause);
            throw new KsemRateLimitedException(pause);
        }
        rateLimitPause = FIRST_RATE_LIMIT_PAUSE;
        if (status >= 500) {
            throw new KsemServerErrorException(status, LOGIN_PATH);
        }
        if (status == 404 || status == 405) {
            throw new KsemHttpStatusException(status, LOGIN_PATH);
        }
        LoginResponse answer = parse(response);
        String token = answer == null ? null : answer.accessToken;
        if (status >= 400 || (answer != null && answer.error != null)) {
            logger.debug("Login refused with HTTP {}", status);
            throw new KsemAuthenticationException("The KSEM rejected the password");
        }
        if (answer == null || token == null || token.isBlank()) {
            // a success without a token is not a refusal (that would stop all retries): the answer is broken
            logger.debug("Login answered HTTP {} without a token", status);
            throw new KsemCommunicationException("unexpected answer for " + LOGIN_PATH);
        }
        Long expiresIn = answer.expiresIn;
        Duration lifetime = expiresIn != null && expiresIn > 0 ? Duration.ofSeconds(expiresIn) : DEFAULT_LIFETIME;
        // renew well before the end so that a long-running stream never meets an expired session
        Duration margin = min(lifetime.dividedBy(10), Duration.ofHours(1));
        session = token;
        sessionRenewal = now.plus(lifetime).minus(margin);
        logger.debug("Logged in; session valid for {} s", lifetime.toSeconds());
        return token;
    }

    private @Nullable LoginResponse parse(KsemResponse response) {
        try {
            return gson.fromJson(response.body(), LoginResponse.class);
        } catch (JsonParseException | NumberFormatException | IllegalStateException e) {
            return null;
        }
    }

    /** When the current session should be renewed; {@link Instant#MIN} without session. */
    public synchronized Instant getSessionRenewal() {
        return session == null ? Instant.MIN : sessionRenewal;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public String toString() {
        return "password login";
    }
}
