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

import com.google.gson.JsonObject;

/**
 * One JSON stream socket: waits for {@code Bearer <token>} as the first text frame (else close 1008, api §1.5), then
 * receives the current value of its topics at once and every change afterwards as {@code {"topic","msg"}} text frames.
 */
final class JsonTopicSocket implements WebSocketListener {

    private static final Logger LOGGER = LoggerFactory.getLogger(JsonTopicSocket.class);
    private static final WriteCallback IGNORE_RESULT = new WriteCallback() {
        @Override
        public void writeFailed(Throwable cause) {
            LOGGER.debug("Message not delivered: {}", cause.getMessage());
        }

        @Override
        public void writeSuccess() {
        }
    };

    private final JsonTopics topics;
    private final BearerAuthenticator authenticator;
    private final String path;
    private final String filter;
    private volatile Session session;
    private volatile Principal principal;

    JsonTopicSocket(JsonTopics topics, BearerAuthenticator authenticator, String path, String filter) {
        this.topics = topics;
        this.authenticator = authenticator;
        this.path = path;
        this.filter = filter;
    }

    String filter() {
        return filter;
    }

    @Override
    public void onWebSocketConnect(Session newSession) {
        newSession.getRemote().setBatchMode(BatchMode.OFF);
        session = newSession;
        topics.opened(this, path);
    }

    @Override
    public void onWebSocketText(String message) {
        if (principal != null) {
            return;
        }
        Optional<Principal> candidate = BearerAuthenticator.bearerToken(message).flatMap(authenticator::authenticate)
                .filter(p -> !p.pending());
        if (candidate.isEmpty()) {
            closeForPolicy("invalid token");
            return;
        }
        principal = candidate.get();
        topics.subscribe(this);
    }

    @Override
    public void onWebSocketBinary(byte[] payload, int offset, int length) {
        if (principal == null) {
            closeForPolicy("expected a text frame with the bearer token");
        }
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        topics.closed(this);
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        LOGGER.debug("JSON WebSocket on {} failed: {}", filter, cause.getMessage());
    }

    void push(JsonObject message) {
        Session current = session;
        Principal holder = principal;
        if (current == null || holder == null || !current.isOpen()) {
            return;
        }
        if (!authenticator.isStillValid(holder)) {
            closeForPolicy("token no longer valid");
            return;
        }
        current.getRemote().sendString(JsonResponses.GSON.toJson(message), IGNORE_RESULT);
    }

    void disconnect() {
        Session current = session;
        if (current != null) {
            try {
                current.disconnect();
            } catch (Exception e) {
                LOGGER.debug("Disconnect failed: {}", e.getMessage());
            }
        }
        topics.closed(this);
    }

    private void closeForPolicy(String reason) {
        Session current = session;
        if (current != null) {
            current.close(StatusCode.POLICY_VIOLATION, reason);
        }
    }
}
