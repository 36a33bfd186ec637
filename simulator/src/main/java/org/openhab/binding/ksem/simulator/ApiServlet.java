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
import java.util.Optional;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/*} in the order the device handles a call: nginx's rate limit for login POSTs, the app's router
 * (404/405), the bearer check (401 with an empty body), the role check (403) and finally the handler.
 */
final class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = LoggerFactory.getLogger(ApiServlet.class);
    static final String LOGIN_PREFIX = "/api/web-login";
    static final String ACCESS_TOKEN_PREFIX = "/api/access-token";

    private final transient Router router;
    private final transient BearerAuthenticator authenticator;
    private final transient PostRateLimiter rateLimiter;
    private final transient Faults faults;
    private final transient SimulatorStats stats;
    private final boolean tokenEndpoints;

    ApiServlet(Router router, BearerAuthenticator authenticator, PostRateLimiter rateLimiter, Faults faults,
            SimulatorStats stats, boolean tokenEndpoints) {
        this.router = router;
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.stats = stats;
        this.tokenEndpoints = tokenEndpoints;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        String path = request.getRequestURI();
        if (!passesRateLimit(request, method, path)) {
            stats.countRateLimited();
            JsonResponses.tooManyRequests(response);
            return;
        }
        if (faults.takeServerError()) {
            JsonResponses.error(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Internal server error.");
            return;
        }
        Router.Match match = router.match(method, path);
        if (!match.found()) {
            answerUnrouted(response, method, match);
            return;
        }
        Router.Access access = match.route().access();
        Principal principal = null;
        if (access != Router.Access.PUBLIC) {
            Optional<Principal> caller = BearerAuthenticator.bearerToken(request.getHeader("Authorization"))
                    .flatMap(authenticator::authenticate);
            if (caller.isEmpty()) {
                JsonResponses.empty(response, HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            principal = caller.get();
            if (!mayCall(principal, access, response)) {
                return;
            }
        }
        try {
            match.route().handler().handle(new ApiExchange(request, response, principal, match.parameters()));
        } catch (RuntimeException e) {
            LOGGER.warn("Handler of {} {} failed", method, path, e);
            if (!response.isCommitted()) {
                JsonResponses.error(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Internal server error.");
            }
        }
    }

    /** nginx limits POSTs to the login zone before the app sees them. */
    private boolean passesRateLimit(HttpServletRequest request, String method, String path) {
        if (!"POST".equals(method)) {
            return true;
        }
        boolean login = path.startsWith(LOGIN_PREFIX);
        if (!login && !(tokenEndpoints && path.startsWith(ACCESS_TOKEN_PREFIX))) {
            return true;
        }
        if (login && faults.takeTooManyRequests()) {
            return false;
        }
        PostRateLimiter.Decision decision = rateLimiter.acquire(request.getRemoteAddr());
        if (decision.allowed() && decision.delayMillis() > 0) {
            try {
                Thread.sleep(decision.delayMillis()); // nginx delays requests within the burst
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return decision.allowed();
    }

    private static void answerUnrouted(HttpServletResponse response, String method, Router.Match match)
            throws IOException {
        if (match.allowedMethods().isEmpty()) {
            JsonResponses.error(response, HttpServletResponse.SC_NOT_FOUND, "The requested endpoint does not exist.");
        } else {
            response.setHeader("Allow", String.join(", ", match.allowedMethods()));
            JsonResponses.error(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "HTTP Method '" + method + "' is not allowed for this endpoint.");
        }
    }

    /** Answers and returns false when the caller lacks the route's access. */
    private static boolean mayCall(Principal principal, Router.Access access, HttpServletResponse response)
            throws IOException {
        switch (access) {
            case SELF:
                if (!principal.isAccessToken()) {
                    JsonResponses.error(response, HttpServletResponse.SC_BAD_REQUEST,
                            "This endpoint is for access tokens only.");
                    return false;
                }
                return true;
            case ADMIN:
                if (principal.pending()) {
                    JsonResponses.empty(response, HttpServletResponse.SC_UNAUTHORIZED);
                    return false;
                }
                if (!principal.isAdmin()) {
                    JsonResponses.error(response, HttpServletResponse.SC_FORBIDDEN,
                            "This endpoint needs the role admin.");
                    return false;
                }
                return true;
            default:
                if (principal.pending()) {
                    JsonResponses.empty(response, HttpServletResponse.SC_UNAUTHORIZED);
                    return false;
                }
                return true;
        }
    }
}
