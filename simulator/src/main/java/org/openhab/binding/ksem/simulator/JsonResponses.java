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
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletResponse;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Writes the answer bodies in the shapes the device uses (api §1.4). */
final class JsonResponses {

    /** Keeps {@code "expires": null} in token bodies. */
    static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private JsonResponses() {
    }

    static void json(HttpServletResponse response, int status, JsonElement body) throws IOException {
        byte[] bytes = GSON.toJson(body).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json; charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** {@code {"error":{"message":...}}}, the platform's error body. */
    static void error(HttpServletResponse response, int status, String message) throws IOException {
        JsonObject error = new JsonObject();
        error.addProperty("message", message);
        JsonObject body = new JsonObject();
        body.add("error", error);
        json(response, status, body);
    }

    /** {@code {"error":"invalid_grant"}}, the OAuth2 error body of the token endpoint. */
    static void oauthError(HttpServletResponse response, int status, String code) throws IOException {
        JsonObject body = new JsonObject();
        body.addProperty("error", code);
        json(response, status, body);
    }

    /** A status without a body (401 and 204 on the device). */
    static void empty(HttpServletResponse response, int status) {
        response.setStatus(status);
        response.setContentLength(0);
    }

    /** What nginx answers when {@code limit_req} refuses a request. */
    static void tooManyRequests(HttpServletResponse response) throws IOException {
        byte[] bytes = ("<html>\r\n<head><title>429 Too Many Requests</title></head>\r\n<body>\r\n"
                + "<center><h1>429 Too Many Requests</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n"
                + "</html>\r\n").getBytes(StandardCharsets.US_ASCII);
        response.setStatus(429);
        response.setContentType("text/html");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
