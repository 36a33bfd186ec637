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

import java.nio.ByteBuffer;
import java.util.Optional;

import org.eclipse.jetty.websocket.api.BatchMode;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.eclipse.jetty.websocket.api.WebSocketListener;
import org.eclipse.jetty.websocket.api.WriteCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One data-transfer WebSocket. Like the device's Go server it upgrades first and then expects a single text frame
 * {@code Bearer <token>}; anything else, or a token that is invalid, pending or withdrawn later, ends the socket
 * with close code 1008 (policy violation).
 */
final class GdrSocket implements WebSocketListener {

    private static final Logger LOGGER = LoggerFactory.getLogger(GdrSocket.class);
    private static final WriteCallback IGNORE_RESULT = new WriteCallback() {
        @Override
        public void writeFailed(Throwable cause) {
            LOGGER.debug("Frame not delivered: {}", cause.getMessage());
        }

        @Override
        public void writeSuccess() {
        }
    };

    private final TopicStream stream;
    private final BearerAuthenticator authenticator;
    private final SocketRegistry registry;
    private final SimulatorStats stats;
    private volatile Session session;
    private volatile Principal principal;

    GdrSocket(TopicStream stream, BearerAuthenticator authenticator, SocketRegistry registry, SimulatorStats stats) {
        this.stream = stream;
        this.authenticator = authenticator;
        this.registry = registry;
        this.stats = stats;
    }

    @Override
    public void onWebSocketConnect(Session newSession) {
        newSession.getRemote().setBatchMode(BatchMode.OFF);
        session = newSession;
        registry.add(this);
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
        stream.subscribe(this);
    }

    @Override
    public void onWebSocketBinary(byte[] payload, int offset, int length) {
        if (principal == null) {
            closeForPolicy("expected a text frame with the bearer token");
        }
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        stream.unsubscribe(this);
        registry.remove(this);
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        LOGGER.debug("WebSocket on {} failed: {}", stream.topic(), cause.getMessage());
    }

    /** Queues a frame; false if the socket is gone or its token is no longer valid (then it is being closed). */
    boolean push(byte[] frame) {
        Session current = session;
        Principal holder = principal;
        if (current == null || holder == null || !current.isOpen()) {
            return false;
        }
        if (!authenticator.isStillValid(holder)) {
            closeForPolicy("token no longer valid");
            return false;
        }
        current.getRemote().sendBytes(ByteBuffer.wrap(frame), IGNORE_RESULT);
        stats.countFrame(stream.topic());
        return true;
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
        stream.unsubscribe(this);
        registry.remove(this);
    }

    /** Ends the stream with a close frame carrying {@code statusCode}. */
    void close(int statusCode, String reason) {
        Session current = session;
        stream.unsubscribe(this);
        if (current != null) {
            current.close(statusCode, reason);
        }
    }

    private void closeForPolicy(String reason) {
        Session current = session;
        stream.unsubscribe(this);
        if (current != null) {
            current.close(StatusCode.POLICY_VIOLATION, reason);
        }
    }
}
