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
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.google.gson.JsonElement;

/** One REST call after routing and authentication: the request, its path parameters and who sent it. */
final class ApiExchange {

    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final Principal principal;
    private final List<String> pathParameters;

    ApiExchange(HttpServletRequest request, HttpServletResponse response, Principal principal,
            List<String> pathParameters) {
        this.request = request;
        this.response = response;
        this.principal = principal;
        this.pathParameters = pathParameters;
    }

    HttpServletRequest request() {
        return request;
    }

    HttpServletResponse response() {
        return response;
    }

    /** The caller; {@code null} only on public routes. */
    Principal principal() {
        return principal;
    }

    /** The value of the n-th {@code {placeholder}} of the route. */
    String pathParameter(int index) {
        return pathParameters.get(index);
    }

    /** The request body as UTF-8 text; a body larger than 64 KiB is cut off, which makes it invalid JSON. */
    String body() throws IOException {
        try (InputStream in = request.getInputStream()) {
            return new String(in.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
        }
    }

    void json(int status, JsonElement body) throws IOException {
        JsonResponses.json(response, status, body);
    }

    void error(int status, String message) throws IOException {
        JsonResponses.error(response, status, message);
    }

    void noContent() {
        JsonResponses.empty(response, HttpServletResponse.SC_NO_CONTENT);
    }
}
