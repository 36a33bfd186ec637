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

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.eclipse.jetty.websocket.api.WebSocketListener;
import org.eclipse.jetty.websocket.api.WriteCallback;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only class that uses the Jetty WebSocket client. Opens a KSEM data-transfer stream: connect, send
 * {@code Bearer <token>} as the first text frame (api §1.5), then hand every binary frame to a {@link StreamListener}.
 *
 * @author KSEM binding contributors
 */
@NonNullByDefault
public class KsemWebSocketTransport {

    private final WebSocketClient client;
    private final Duration connectTimeout;

    public KsemWebSocketTransport(WebSocketClient client, Duration connectTimeout) {
        this.client = client;
        this.connectTimeout = connectTimeout;
    }

    /**
     * Opens a stream and authenticates it. Blocks until the upgrade is done or the connect timeout has passed.
     *
     * @param idleTimeout the session closes itself when nothing arrives for this long
     * @param maxFrameBytes larger frames close the stream (bounded memory against a misbehaving peer)
     */
    public StreamConnection open(URI uri, String bearer, StreamListener listener, Duration idleTimeout,
            int maxFrameBytes) throws KsemCommunicationException {
        Socket socket = new Socket(bearer, listener, idleTimeout, maxFrameBytes);
        Future<Session> future;
        try {
            future = client.connect(socket, uri, new ClientUpgradeRequest());
        } catch (IOException | RuntimeException e) {
            throw new KsemCommunicationException(KsemHttpTransport.describe(e));
        }
        try {
            future.get(connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return socket;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new KsemCommunicationException("interrupted");
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new KsemCommunicationException("no WebSocket upgrade within " + connectTimeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new KsemCommunicationException(KsemHttpTransport.describe(e.getCause()));
        }
    }

    /** Jetty's side of one stream. */
    private static class Socket implements WebSocketListener, StreamConnection {

        private final Logger logger = LoggerFactory.getLogger(KsemWebSocketTransport.class);
        private final String bearer;
        private final StreamListener listener;
        private final Duration idleTimeout;
        private final int maxFrameBytes;
        private final AtomicBoolean closed = new AtomicBoolean();
        private volatile @Nullable Session session;

        Socket(String bearer, StreamListener listener, Duration idleTimeout, int maxFrameBytes) {
            this.bearer = bearer;
            this.listener = listener;
            this.idleTimeout = idleTimeout;
            this.maxFrameBytes = maxFrameBytes;
        }

        @Override
        public void onWebSocketConnect(@Nullable Session newSession) {
            if (newSession == null) {
                return;
            }
            session = newSession;
            newSession.setIdleTimeout(idleTimeout.toMillis());
            newSession.getPolicy().setMaxBinaryMessageSize(maxFrameBytes);
            newSession.getPolicy().setMaxTextMessageSize(maxFrameBytes);
            if (closed.get()) {
                newSession.close(StatusCode.NORMAL, null);
                return;
            }
            newSession.getRemote().sendString("Bearer " + bearer, new WriteCallback() {
                @Override
                public void writeFailed(@Nullable Throwable error) {
                    logger.debug("Sending the stream's credentials failed: {}", KsemHttpTransport.describe(error));
                    close();
                }

                @Override
                public void writeSuccess() {
                }
            });
        }

        @Override
        public void onWebSocketBinary(byte @Nullable [] payload, int offset, int length) {
            if (payload != null && !closed.get()) {
                listener.onFrame(payload, offset, length);
            }
        }

        @Override
        public void onWebSocketText(@Nullable String message) {
            logger.trace("Ignoring a text frame on a binary stream");
        }

        @Override
        public void onWebSocketClose(int statusCode, @Nullable String reason) {
            if (closed.compareAndSet(false, true)) {
                listener.onClosed(statusCode, reason == null ? "" : reason);
            }
        }

        @Override
        public void onWebSocketError(@Nullable Throwable cause) {
            // Jetty follows an error with a close; report it once, with the error as reason.
            if (closed.compareAndSet(false, true)) {
                listener.onClosed(StatusCode.ABNORMAL, KsemHttpTransport.describe(cause));
            }
            Session current = session;
            if (current != null) {
                disconnect(current);
            }
        }

        @Override
        public boolean isOpen() {
            Session current = session;
            return !closed.get() && current != null && current.isOpen();
        }

        @Override
        public void close() {
            closed.set(true);
            Session current = session;
            if (current != null) {
                try {
                    current.close(StatusCode.NORMAL, null);
                } finally {
                    // do not wait for a close handshake a stalled device may never answer
                    disconnect(current);
                }
            }
        }

        private void disconnect(Session current) {
            try {
                current.disconnect();
            } catch (IOException e) {
                logger.trace("Disconnect failed: {}", e.getMessage());
            }
        }
    }
}
