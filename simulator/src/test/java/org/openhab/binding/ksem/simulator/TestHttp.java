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
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/** Calls a simulator with the JDK's HTTP client only, as any independent client would. */
final class TestHttp {

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI base;

    TestHttp(KsemSimulator simulator) {
        this.base = simulator.baseUri();
    }

    HttpClient client() {
        return client;
    }

    HttpResponse<String> login(String password) throws IOException, InterruptedException {
        return login("admin", password);
    }

    HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        return postForm("/api/web-login/token", Map.of("grant_type", "password", "client_id", "emos", "client_secret",
                "56951025", "username", username, "password", password));
    }

    /** Logs in and returns the access_token, failing on anything but 200. */
    String loginToken(String password) throws IOException, InterruptedException {
        HttpResponse<String> response = login(password);
        if (response.statusCode() != 200) {
            throw new AssertionError("Login failed with " + response.statusCode());
        }
        return json(response).getAsJsonObject().get("access_token").getAsString();
    }

    HttpResponse<String> postForm(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path, null).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> get(String path, String bearer) throws IOException, InterruptedException {
        return send(request(path, bearer).GET().build());
    }

    HttpResponse<String> delete(String path, String bearer) throws IOException, InterruptedException {
        return send(request(path, bearer).DELETE().build());
    }

    HttpResponse<String> post(String path, String bearer, String json) throws IOException, InterruptedException {
        return send(request(path, bearer).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    HttpResponse<String> put(String path, String bearer, String contentType, String body)
            throws IOException, InterruptedException {
        return send(request(path, bearer).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static JsonElement json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body());
    }

    private HttpRequest.Builder request(String path, String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
