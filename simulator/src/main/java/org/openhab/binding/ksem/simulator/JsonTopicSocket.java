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

import org.eclipse.jetty.websocket.api.Session;

import com.google.gson.JsonObject;

/**
 * One JSON stream socket: waits for {@code Bearer <token>} as the first text frame (else close 1008, api §1.5), then
 * receives the current value of its topics at once and every change afterwards as {@code {"topic","msg"}} text frames.
 */
final class JsonTopicSocket extends BearerSocket {

    private final JsonTopics topics;
    private final String path;
    private final String filter;

    JsonTopicSocket(JsonTopics topics, BearerAuthenticator authenticator, String path, String filter) {
        super(authenticator);
        this.topics = topics;
        this.path = path;
        this.filter = filter;
    }

    String filter() {
        return filter;
    }

    @Override
    protected void opened() {
        topics.opened(this, path);
    }

    @Override
    protected void authenticated() {
        topics.subscribe(this);
    }

    @Override
    protected void ended() {
        topics.closed(this);
    }

    @Override
    protected String describe() {
        return filter;
    }

    void push(JsonObject message) {
        Session current = sendableSession();
        if (current != null) {
            current.getRemote().sendString(JsonResponses.GSON.toJson(message), IGNORE_RESULT);
        }
    }
}
