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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.google.gson.JsonObject;

/**
 * {@code POST /api/web-login/token}: the OAuth2 password grant of the web interface (api §1.1, §1.2). Accepts the
 * user names {@code admin} (the KSEM's) and {@code user}.
 */
final class LoginEndpoint implements ApiHandler {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String CLIENT_ID = "emos";
    private static final String CLIENT_SECRET = "56951025";
    private static final Set<String> USERNAMES = Set.of("admin", "user");

    private final byte[] password;
    private final Duration lifetime;
    private final int failureStatus;
    private final BearerAuthenticator authenticator;
    private final SimulatorStats stats;

    LoginEndpoint(SimulatorSettings settings, BearerAuthenticator authenticator, SimulatorStats stats) {
        this.password = settings.password().getBytes(StandardCharsets.UTF_8);
        this.lifetime = settings.loginTokenLifetime();
        this.failureStatus = settings.loginFailureStatus();
        this.authenticator = authenticator;
        this.stats = stats;
    }

    @Override
    public void handle(ApiExchange exchange) throws IOException {
        HttpServletRequest request = exchange.request();
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(FORM)) {
            reject(exchange, HttpServletResponse.SC_BAD_REQUEST, "invalid_request");
            return;
        }
        if (!"password".equals(request.getParameter("grant_type"))) {
            reject(exchange, HttpServletResponse.SC_BAD_REQUEST, "unsupported_grant_type");
            return;
        }
        if (!CLIENT_ID.equals(request.getParameter("client_id"))
                || !CLIENT_SECRET.equals(request.getParameter("client_secret"))) {
            reject(exchange, HttpServletResponse.SC_UNAUTHORIZED, "invalid_client");
            return;
        }
        String username = request.getParameter("username");
        String given = request.getParameter("password");
        if (username == null || !USERNAMES.contains(username) || given == null
                || !MessageDigest.isEqual(password, given.getBytes(StandardCharsets.UTF_8))) {
            reject(exchange, failureStatus, "invalid_grant");
            return;
        }
        stats.countLogin();
        JsonObject body = new JsonObject();
        body.addProperty("access_token", authenticator.issueLoginToken(username, lifetime));
        body.addProperty("token_type", "Bearer");
        body.addProperty("expires_in", lifetime.toSeconds());
        exchange.json(HttpServletResponse.SC_OK, body);
    }

    private void reject(ApiExchange exchange, int status, String error) throws IOException {
        stats.countRejectedLogin();
        JsonResponses.oauthError(exchange.response(), status, error);
    }
}
