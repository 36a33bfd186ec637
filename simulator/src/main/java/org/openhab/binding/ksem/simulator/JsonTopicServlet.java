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

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.websocket.servlet.ServletUpgradeRequest;
import org.eclipse.jetty.websocket.servlet.ServletUpgradeResponse;
import org.eclipse.jetty.websocket.servlet.WebSocketServlet;
import org.eclipse.jetty.websocket.servlet.WebSocketServletFactory;

/**
 * {@code /api/data-transfer/ws/json/<topic filter>}: the JSON streams of the e-mobility app (api §3.6), e.g.
 * {@code json/local/config/e-mobility/chargemode} and {@code json/local/evse/+/state}.
 */
final class JsonTopicServlet extends WebSocketServlet {

    private static final long serialVersionUID = 1L;
    /** nginx's proxy_read_timeout for WebSockets on the device (api §7.10). */
    private static final long IDLE_TIMEOUT_MILLIS = 1_000_000;

    private final transient JsonTopics topics;
    private final transient BearerAuthenticator authenticator;

    JsonTopicServlet(JsonTopics topics, BearerAuthenticator authenticator) {
        this.topics = topics;
        this.authenticator = authenticator;
    }

    @Override
    public void configure(WebSocketServletFactory factory) {
        factory.getPolicy().setIdleTimeout(IDLE_TIMEOUT_MILLIS);
        factory.setCreator(this::createSocket);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            JsonResponses.error(response, HttpServletResponse.SC_BAD_REQUEST, "This endpoint expects a WebSocket.");
            return;
        }
        super.service(request, response);
    }

    private Object createSocket(ServletUpgradeRequest request, ServletUpgradeResponse response) {
        String path = request.getHttpServletRequest().getRequestURI();
        String filter = path.startsWith(JsonTopics.PATH_PREFIX) ? path.substring(JsonTopics.PATH_PREFIX.length())
                : "";
        if (!JsonTopics.isKnownFilter(filter)) {
            try {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "The requested endpoint does not exist.");
            } catch (IOException e) {
                // The client went away; nothing to answer.
            }
            return null;
        }
        return new JsonTopicSocket(topics, authenticator, path, filter);
    }
}
