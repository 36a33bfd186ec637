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
 * Upgrades requests for known stream paths to a {@link BearerSocket}; no bearer is needed for the upgrade itself
 * (browsers cannot send one), the socket asks for it in its first frame. Plain HTTP requests get 400, unknown paths
 * 404, as on the device.
 */
abstract class BearerSocketServlet extends WebSocketServlet {

    private static final long serialVersionUID = 1L;
    /** nginx's proxy_read_timeout for WebSockets on the device (api §7.10). */
    private static final long IDLE_TIMEOUT_MILLIS = 1_000_000;

    /** The socket for a request path, or null if the device has no stream there. */
    protected abstract BearerSocket socketFor(String path);

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
        BearerSocket socket = socketFor(request.getHttpServletRequest().getRequestURI());
        if (socket == null) {
            try {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "The requested endpoint does not exist.");
            } catch (IOException e) {
                // The client went away; nothing to answer.
            }
        }
        return socket;
    }
}
