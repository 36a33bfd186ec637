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

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** A data-transfer WebSocket opened with the JDK client; collects binary frames and the close code. */
final class TestWebSocket implements WebSocket.Listener {

    /** Reported by {@link #closeCode()} when the connection broke without a close frame. */
    static final int ABNORMAL = 1006;

    private final BlockingQueue<byte[]> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private final AtomicLong received = new AtomicLong();
    private volatile byte[] lastReceived;
    private final WebSocket socket;

    private TestWebSocket(HttpClient client, URI uri) {
        this.socket = client.newWebSocketBuilder().buildAsync(uri, this).join();
    }

    static TestWebSocket open(HttpClient client, URI uri) {
        return new TestWebSocket(client, uri);
    }

    /** Opens and sends the first frame {@code Bearer <token>}. */
    static TestWebSocket openWithToken(HttpClient client, URI uri, String token) {
        TestWebSocket socket = open(client, uri);
        socket.sendText("Bearer " + token);
        return socket;
    }

    void sendText(String text) {
        socket.sendText(text, true).join();
    }

    void sendBinary(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
    }

    /** The next binary frame, or null after the timeout. */
    byte[] nextFrame(long timeoutMillis) throws InterruptedException {
        return frames.poll(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    void discardFrames() {
        frames.clear();
    }

    /** Binary frames received so far, taken or not; compare with {@link SimulatorStats#framesSent(String)}. */
    long framesReceived() {
        return received.get();
    }

    /** The binary frame received last, taken or not; null before the first. */
    byte[] lastReceived() {
        return lastReceived;
    }

    /** The close code, waiting up to the timeout; null if still open. */
    Integer closeCode(long timeoutMillis) {
        try {
            return closed.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return null;
        }
    }

    void abort() {
        socket.abort();
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        partial.writeBytes(bytes);
        if (last) {
            byte[] frame = partial.toByteArray();
            partial.reset();
            lastReceived = frame;
            frames.add(frame);
            received.incrementAndGet();
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(ABNORMAL);
    }
}
