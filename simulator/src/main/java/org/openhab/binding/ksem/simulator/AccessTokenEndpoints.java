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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import javax.servlet.http.HttpServletResponse;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * The modeled access-token calls (design.md, "Access tokens: the modeled device calls"). The real paths are not
 * public (api §2.3, §9.1); these live only here, so they can be changed in one place once a capture exists.
 */
final class AccessTokenEndpoints {

    private static final int MAX_NAME_LENGTH = 128;

    private final TokenStore tokens;
    private final SimulationClock clock;

    AccessTokenEndpoints(TokenStore tokens, SimulationClock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    void register(Router router) {
        router.add("POST", "/api/access-token/tokens", Router.Access.ADMIN, this::create)
                .add("GET", "/api/access-token/tokens", Router.Access.ADMIN, this::list)
                .add("POST", "/api/access-token/tokens/{id}/authorise", Router.Access.ADMIN, this::authorise)
                .add("POST", "/api/access-token/tokens/{id}/revoke", Router.Access.ADMIN, this::revoke)
                .add("DELETE", "/api/access-token/tokens/{id}", Router.Access.ADMIN, this::delete)
                .add("GET", "/api/access-token/self", Router.Access.SELF, this::self)
                .add("DELETE", "/api/access-token/self", Router.Access.SELF, this::deleteSelf);
    }

    private void create(ApiExchange exchange) throws IOException {
        JsonObject request;
        try {
            JsonElement parsed = JsonParser.parseString(exchange.body());
            if (!parsed.isJsonObject()) {
                exchange.error(HttpServletResponse.SC_BAD_REQUEST, "Expected a JSON object.");
                return;
            }
            request = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            exchange.error(HttpServletResponse.SC_BAD_REQUEST, "Expected a JSON object.");
            return;
        }
        Optional<String> name = text(request, "name").map(String::trim).filter(n -> !n.isEmpty());
        if (name.isEmpty() || name.get().length() > MAX_NAME_LENGTH) {
            exchange.error(HttpServletResponse.SC_BAD_REQUEST, "A name of 1 to 128 characters is required.");
            return;
        }
        Optional<String> role = text(request, "role");
        if (role.isEmpty() || !(TokenStore.ROLE_API.equals(role.get()) || TokenStore.ROLE_ADMIN.equals(role.get()))) {
            exchange.error(HttpServletResponse.SC_BAD_REQUEST, "The role must be 'api' or 'admin'.");
            return;
        }
        Instant expires = null;
        JsonElement expiry = request.get("expires");
        if (expiry != null && !expiry.isJsonNull()) {
            try {
                expires = Instant.parse(expiry.getAsString());
            } catch (DateTimeParseException | UnsupportedOperationException | IllegalStateException e) {
                exchange.error(HttpServletResponse.SC_BAD_REQUEST, "'expires' must be an ISO-8601 instant or null.");
                return;
            }
            if (!expires.isAfter(clock.now())) {
                exchange.error(HttpServletResponse.SC_BAD_REQUEST, "'expires' must lie in the future.");
                return;
            }
        }
        AccessToken token = tokens.create(name.get(), role.get(), expires);
        JsonObject body = describe(token);
        body.addProperty("token", token.token());
        exchange.json(HttpServletResponse.SC_CREATED, body);
    }

    private void list(ApiExchange exchange) throws IOException {
        JsonArray body = new JsonArray();
        for (AccessToken token : tokens.list()) {
            JsonObject entry = describe(token);
            entry.addProperty("created", token.created().toString());
            body.add(entry);
        }
        exchange.json(HttpServletResponse.SC_OK, body);
    }

    private void authorise(ApiExchange exchange) throws IOException {
        Optional<AccessToken> token = tokens.find(exchange.pathParameter(0));
        if (token.isEmpty()) {
            unknown(exchange);
        } else if (!tokens.authorise(token.get().id())) {
            exchange.error(HttpServletResponse.SC_CONFLICT, "A revoked token cannot be authorised.");
        } else {
            exchange.noContent();
        }
    }

    private void revoke(ApiExchange exchange) throws IOException {
        if (tokens.revoke(exchange.pathParameter(0))) {
            exchange.noContent();
        } else {
            unknown(exchange);
        }
    }

    private void delete(ApiExchange exchange) throws IOException {
        if (tokens.delete(exchange.pathParameter(0))) {
            exchange.noContent();
        } else {
            unknown(exchange);
        }
    }

    private void self(ApiExchange exchange) throws IOException {
        Optional<AccessToken> token = tokens.find(exchange.principal().tokenId());
        if (token.isEmpty()) {
            JsonResponses.empty(exchange.response(), HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        exchange.json(HttpServletResponse.SC_OK, describe(token.get()));
    }

    private void deleteSelf(ApiExchange exchange) {
        tokens.delete(exchange.principal().tokenId());
        exchange.noContent();
    }

    private static JsonObject describe(AccessToken token) {
        JsonObject body = new JsonObject();
        body.addProperty("id", token.id());
        body.addProperty("name", token.name());
        body.addProperty("role", token.role());
        body.add("expires", token.expires().<JsonElement> map(e -> new JsonPrimitive(e.toString()))
                .orElse(JsonNull.INSTANCE));
        body.addProperty("state", token.state().wireName());
        return body;
    }

    private static void unknown(ApiExchange exchange) throws IOException {
        exchange.error(HttpServletResponse.SC_NOT_FOUND, "No access token with this id.");
    }

    private static Optional<String> text(JsonObject object, String member) {
        JsonElement element = object.get(member);
        if (element == null || !element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
            return Optional.empty();
        }
        return Optional.of(element.getAsString());
    }
}
