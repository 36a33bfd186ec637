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

import java.util.Optional;

import org.eclipse.jetty.websocket.api.BatchMode;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.eclipse.jetty.websocket.api.WebSocketListener;
import org.eclipse.jetty.websocket.api.WriteCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A data-transfer WebSocket as the device's Go server runs it: upgrade first, then expect a single text frame
 * {@code Bearer <token>}; anything else, or a token that is invalid, pending or withdrawn later, ends the socket with
 * close code 1008 (policy violation). Subclasses decide what the socket carries.
 */
abstract class BearerSocket implements WebSocketListener {

    private static final Logger LOGGER = LoggerFactory.getLogger(BearerSocket.class);
    protected static final WriteCallback IGNORE_RESULT = new WriteCallback() {
        @Override
        public void writeFailed(Throwable cause) {
            LOGGER.debug("Message not delivered: {}", cause.getMessage());
        }

        @Override
        public void writeSuccess() {
        }
    };

    private final BearerAuthenticator authenticator;
    private volatile Session session;
    private volatile Principal principal;

    protected BearerSocket(BearerAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    /** The upgrade is done; the token has not been checked yet. */
    protected abstract void opened();

    /** The token was accepted: start sending. */
    protected abstract void authenticated();

    /** The socket is gone (closed or disconnected). */
    protected abstract void ended();

    /** What the socket streams, for log lines. */
    protected abstract String describe();

    /** Called before the socket is closed with 1008. */
    protected void policyClosing() {
    }

    @Override
    public void onWebSocketConnect(Session newSession) {
        newSession.getRemote().setBatchMode(BatchMode.OFF);
        session = newSession;
        opened();
    }

    @Override
    public void onWebSocketText(String message) {
        if (principal != null) {
            return; // later text frames mean nothing to the device
        }
        Optional<Principal> candidate = BearerAuthenticator.bearerToken(message).flatMap(authenticator::authenticate)
                .filter(p -> !p.pending());
        if (candidate.isEmpty()) {
            closeForPolicy("invalid token");
            return;
        }
        principal = candidate.get();
        authenticated();
    }

    @Override
    public void onWebSocketBinary(byte[] payload, int offset, int length) {
        if (principal == null) {
            closeForPolicy("expected a text frame with the bearer token");
        }
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        ended();
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        LOGGER.debug("WebSocket on {} failed: {}", describe(), cause.getMessage());
    }

    /**
     * The session to send on, or null if the socket is gone or not authenticated; a token withdrawn meanwhile closes
     * the socket with 1008 and gives null too.
     */
    protected Session sendableSession() {
        Session current = session;
        Principal holder = principal;
        if (current == null || holder == null || !current.isOpen()) {
            return null;
        }
        if (!authenticator.isStillValid(holder)) {
            closeForPolicy("token no longer valid");
            return null;
        }
        return current;
    }

    protected Session session() {
        return session;
    }

    /** Drops the connection without a close handshake; the client sees an abnormal close (1006). */
    void disconnect() {
        Session current = session;
        if (current != null) {
            try {
                current.disconnect();
            } catch (Exception e) {
                LOGGER.debug("Disconnect failed: {}", e.getMessage());
            }
        }
        ended();
    }

    private void closeForPolicy(String reason) {
        policyClosing();
        Session current = session;
        if (current != null) {
            current.close(StatusCode.POLICY_VIOLATION, reason);
        }
    }
}
