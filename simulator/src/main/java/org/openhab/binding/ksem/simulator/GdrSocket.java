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

import org.eclipse.jetty.websocket.api.Session;

/**
 * One GDR WebSocket: once authenticated (see {@link BearerSocket}) it gets the binary GDRs frames of its topic.
 */
final class GdrSocket extends BearerSocket {

    private final TopicStream stream;
    private final SocketRegistry registry;
    private final SimulatorStats stats;

    GdrSocket(TopicStream stream, BearerAuthenticator authenticator, SocketRegistry registry, SimulatorStats stats) {
        super(authenticator);
        this.stream = stream;
        this.registry = registry;
        this.stats = stats;
    }

    @Override
    protected void opened() {
        registry.add(this);
    }

    @Override
    protected void authenticated() {
        stream.subscribe(this);
    }

    @Override
    protected void ended() {
        stream.unsubscribe(this);
        registry.remove(this);
    }

    @Override
    protected String describe() {
        return stream.topic();
    }

    @Override
    protected void policyClosing() {
        stream.unsubscribe(this);
    }

    /** Queues a frame; false if the socket is gone or its token is no longer valid (then it is being closed). */
    boolean push(byte[] frame) {
        Session current = sendableSession();
        if (current == null) {
            return false;
        }
        current.getRemote().sendBytes(ByteBuffer.wrap(frame), IGNORE_RESULT);
        stats.countFrame(stream.topic());
        return true;
    }

    /** Ends the stream with a close frame carrying {@code statusCode}. */
    void close(int statusCode, String reason) {
        Session current = session();
        stream.unsubscribe(this);
        if (current != null) {
            current.close(statusCode, reason);
        }
    }
}
