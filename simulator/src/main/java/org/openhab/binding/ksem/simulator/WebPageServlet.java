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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The web interface: one page (log in, list and manage access tokens) with its script and style sheet from the
 * class path. Like the device's nginx, every other path outside {@code /api} answers with the page.
 */
final class WebPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String BASE = "web/";

    private record Asset(String contentType, byte[] bytes) {
    }

    private final transient Asset page = load("index.html", "text/html; charset=utf-8");
    private final transient Map<String, Asset> assets = Map.of("/app.js",
            load("app.js", "text/javascript; charset=utf-8"), "/app.css", load("app.css", "text/css; charset=utf-8"));

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Asset asset = assets.getOrDefault(request.getRequestURI(), page);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(asset.contentType());
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(asset.bytes().length);
        response.getOutputStream().write(asset.bytes());
    }

    private static Asset load(String name, String contentType) {
        try (InputStream in = WebPageServlet.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + BASE + name);
            }
            return new Asset(contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
