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
import java.util.concurrent.CompletableFuture;
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
 * @author KSEM binding contributors - Initial contribution
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
        ClientUpgradeRequest upgrade = new ClientUpgradeRequest();
        upgrade.setTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS); // Jetty aborts a stalled upgrade too
        Future<Session> future;
        try {
            future = client.connect(socket, uri, upgrade);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw new KsemCommunicationException(KsemHttpTransport.describe(e));
        }
        try {
            future.get(connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return socket;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon(socket);
            throw new KsemCommunicationException("interrupted");
        } catch (TimeoutException e) {
            abandon(socket);
            throw new KsemCommunicationException("no WebSocket upgrade within " + connectTimeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            socket.close();
            throw new KsemCommunicationException(KsemHttpTransport.describe(e.getCause()));
        }
    }

    /**
     * Gives up an upgrade: marks the socket closed, so that an upgrade completing after all closes its session at once
     * instead of leaving an unowned stream open; a stalled upgrade ends by its own timeout. The future is not
     * cancelled: Jetty then aborts the request even while it turns into a WebSocket, and its client keeps tracking
     * that half-opened session for ever.
     */
    private static void abandon(Socket socket) {
        socket.close();
    }

    /**
     * Reads one message of a JSON stream and disconnects (api §3.1: the device pushes the current value of a retained
     * topic right after the authentication): connect, send {@code Bearer <token>}, wait for the first text frame,
     * close. Used for the chargemode topic, which must not be kept open (api §7.1). The socket is closed on every
     * path, also on timeouts and errors.
     *
     * @param timeout how long to wait for the first message after the upgrade
     * @param maxMessageBytes larger messages close the socket
     * @return the first text message
     * @throws KsemStreamRefusedException if the device closed the stream with 1008 (credentials refused)
     */
    public String readFirstText(URI uri, String bearer, Duration timeout, int maxMessageBytes)
            throws KsemCommunicationException {
        // idle a second longer than the wait, so that the wait's timeout is what the caller sees
        FirstTextSocket socket = new FirstTextSocket(bearer, timeout.plusSeconds(1), maxMessageBytes);
        Future<Session> future;
        try {
            future = client.connect(socket, uri, new ClientUpgradeRequest());
        } catch (IOException | RuntimeException e) {
            throw new KsemCommunicationException(KsemHttpTransport.describe(e));
        }
        try {
            future.get(connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return socket.message.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KsemCommunicationException("interrupted");
        } catch (TimeoutException e) {
            throw new KsemCommunicationException("no message within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof KsemCommunicationException communication) {
                throw communication;
            }
            throw new KsemCommunicationException(KsemHttpTransport.describe(cause));
        } finally {
            future.cancel(true);
            socket.close();
        }
    }

    /**
     * What both sockets do with their session: bound it, authenticate with the first text frame, and close it without
     * waiting for the device.
     */
    private abstract static class BearerSocket implements WebSocketListener {

        protected final Logger logger = LoggerFactory.getLogger(KsemWebSocketTransport.class);
        protected final AtomicBoolean closed = new AtomicBoolean();
        protected volatile @Nullable Session session;
        private final String bearer;
        private final Duration idleTimeout;
        private final int maxMessageBytes;

        BearerSocket(String bearer, Duration idleTimeout, int maxMessageBytes) {
            this.bearer = bearer;
            this.idleTimeout = idleTimeout;
            this.maxMessageBytes = maxMessageBytes;
        }

        @Override
        public void onWebSocketConnect(@Nullable Session newSession) {
            if (newSession == null) {
                return;
            }
            session = newSession;
            newSession.setIdleTimeout(idleTimeout.toMillis());
            newSession.getPolicy().setMaxBinaryMessageSize(maxMessageBytes);
            newSession.getPolicy().setMaxTextMessageSize(maxMessageBytes);
            if (closed.get()) {
                // given up before the upgrade completed: a close handshake (no disconnect while Jetty opens the
                // session, or its client keeps tracking the session as open)
                newSession.close(StatusCode.NORMAL, null);
                return;
            }
            newSession.getRemote().sendString("Bearer " + bearer, new WriteCallback() {
                @Override
                public void writeFailed(@Nullable Throwable error) {
                    credentialsNotSent(error);
                }

                @Override
                public void writeSuccess() {
                }
            });
        }

        /** Sending {@code Bearer <token>} failed. */
        protected abstract void credentialsNotSent(@Nullable Throwable error);

        /** Marks the socket closed and ends its session; idempotent. */
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

        protected void disconnect(Session current) {
            try {
                current.disconnect();
            } catch (IOException e) {
                logger.trace("Disconnect failed: {}", e.getMessage());
            }
        }
    }

    /** Jetty's side of a {@link #readFirstText} call: completes with the first text frame or the close. */
    private static class FirstTextSocket extends BearerSocket {

        final CompletableFuture<String> message = new CompletableFuture<>();

        FirstTextSocket(String bearer, Duration idleTimeout, int maxMessageBytes) {
            super(bearer, idleTimeout, maxMessageBytes);
        }

        @Override
        protected void credentialsNotSent(@Nullable Throwable error) {
            message.completeExceptionally(new KsemCommunicationException(
                    "sending the credentials failed: " + KsemHttpTransport.describe(error)));
        }

        @Override
        public void onWebSocketText(@Nullable String text) {
            if (text != null) {
                message.complete(text);
            }
        }

        @Override
        public void onWebSocketBinary(byte @Nullable [] payload, int offset, int length) {
            logger.trace("Ignoring a binary frame on a JSON stream");
        }

        @Override
        public void onWebSocketClose(int statusCode, @Nullable String reason) {
            message.completeExceptionally(statusCode == StatusCode.POLICY_VIOLATION
                    ? new KsemStreamRefusedException("the KSEM refused the credentials on the stream")
                    : new KsemCommunicationException("the stream closed with code " + statusCode));
        }

        @Override
        public void onWebSocketError(@Nullable Throwable cause) {
            message.completeExceptionally(new KsemCommunicationException(KsemHttpTransport.describe(cause)));
        }
    }

    /** Jetty's side of one stream. */
    private static class Socket extends BearerSocket implements StreamConnection {

        private final StreamListener listener;

        Socket(String bearer, StreamListener listener, Duration idleTimeout, int maxFrameBytes) {
            super(bearer, idleTimeout, maxFrameBytes);
            this.listener = listener;
        }

        @Override
        protected void credentialsNotSent(@Nullable Throwable error) {
            logger.debug("Sending the stream's credentials failed: {}", KsemHttpTransport.describe(error));
            close();
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
    }
}
