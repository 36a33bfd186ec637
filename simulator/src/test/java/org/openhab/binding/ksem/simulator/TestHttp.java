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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
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

    // HTTP/1.1 as the device's nginx speaks it; the JDK's default would first try an h2c upgrade on every connection
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
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

    /**
     * The status code the simulator answers to one GET sent byte by byte on a connection of its own: no pooling, no
     * client logic between the request and the answer, for checks that a credential is refused.
     */
    int rawGetStatus(String path, String bearer) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            String request = "GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAuthorization: Bearer " + bearer + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            BufferedReader answer = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String statusLine = answer.readLine(); // HTTP/1.1 401 Unauthorized
            if (statusLine == null || !statusLine.startsWith("HTTP/1.1 ")) {
                throw new IOException("Not an HTTP/1.1 answer: " + statusLine);
            }
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
