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

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class AccessTokenTest {

    private static final String TOKENS = "/api/access-token/tokens";
    private static final String SELF = "/api/access-token/self";

    private KsemSimulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.stop();
        }
    }

    /** Without the rate limit, so that the calls of one test may follow each other at once. */
    private TestHttp start(KsemSimulator.Builder builder) {
        simulator = builder.rateLimit(false).build().start();
        return new TestHttp(simulator);
    }

    private static JsonObject object(HttpResponse<String> response) {
        return TestHttp.json(response).getAsJsonObject();
    }

    @Test
    void lifecycleFromCreationToRevocation() throws Exception {
        TestHttp http = start(KsemSimulator.builder());
        String jwt = http.loginToken("secret");

        HttpResponse<String> created = http.post(TOKENS, jwt,
                "{\"name\":\"openHAB ksem:meter:home\",\"role\":\"api\",\"expires\":null}");
        assertEquals(201, created.statusCode());
        JsonObject body = object(created);
        assertEquals("pending", body.get("state").getAsString());
        assertEquals("api", body.get("role").getAsString());
        assertTrue(body.get("expires").isJsonNull());
        String id = body.get("id").getAsString();
        String token = body.get("token").getAsString();
        assertTrue(token.startsWith("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9."), "an RS256 JWT");

        assertEquals("pending", object(http.get(SELF, token)).get("state").getAsString());
        assertEquals(401, http.get("/api/device-settings", token).statusCode(), "pending tokens only see self");

        assertEquals(204, http.post(TOKENS + "/" + id + "/authorise", jwt, null).statusCode());
        JsonObject self = object(http.get(SELF, token));
        assertEquals("authorised", self.get("state").getAsString());
        assertEquals(id, self.get("id").getAsString());
        assertFalse(self.has("token"), "the token is shown only once");
        assertEquals(200, http.get("/api/device-settings", token).statusCode());

        assertEquals(204, http.post(TOKENS + "/" + id + "/revoke", jwt, null).statusCode());
        assertEquals(401, http.get(SELF, token).statusCode());
        assertEquals(401, http.get("/api/device-settings", token).statusCode());
    }

    @Test
    void theListShowsEveryTokenWithoutTheSecret() throws Exception {
        TestHttp http = start(KsemSimulator.builder());
        String jwt = simulator.issueLoginToken();
        http.post(TOKENS, jwt, "{\"name\":\"one\",\"role\":\"api\",\"expires\":null}");
        http.post(TOKENS, jwt, "{\"name\":\"two\",\"role\":\"admin\",\"expires\":\"2099-01-01T00:00:00Z\"}");

        JsonArray list = TestHttp.json(http.get(TOKENS, jwt)).getAsJsonArray();

        assertEquals(2, list.size());
        for (JsonElement entry : list) {
            JsonObject token = entry.getAsJsonObject();
            assertFalse(token.has("token"));
            for (String member : new String[] { "id", "name", "role", "expires", "state", "created" }) {
                assertTrue(token.has(member), member);
            }
        }
        assertEquals("2099-01-01T00:00:00Z", list.get(1).getAsJsonObject().get("expires").getAsString());
    }

    @Test
    void deleteRemovesATokenForGood() throws Exception {
        TestHttp http = start(KsemSimulator.builder());
        String jwt = simulator.issueLoginToken();
        AccessToken token = simulator.tokens().createAuthorised("x", TokenStore.ROLE_API, null);

        assertEquals(204, http.delete(TOKENS + "/" + token.id(), jwt).statusCode());

        assertEquals(401, http.get(SELF, token.token()).statusCode());
        assertEquals(0, TestHttp.json(http.get(TOKENS, jwt)).getAsJsonArray().size());
        assertEquals(404, http.delete(TOKENS + "/" + token.id(), jwt).statusCode());
    }

    @Test
    void aTokenCanDeleteItself() throws Exception {
        TestHttp http = start(KsemSimulator.builder());
        AccessToken token = simulator.tokens().create("x", TokenStore.ROLE_API, null);

        assertEquals(204, http.delete(SELF, token.token()).statusCode());

        assertEquals(401, http.get(SELF, token.token()).statusCode());
        assertTrue(simulator.tokens().list().isEmpty());
    }

    @Test
    void managingTokensNeedsALoginOrAnAdminToken() throws Exception {
        TestHttp http = start(KsemSimulator.builder());
        AccessToken reader = simulator.tokens().createAuthorised("reader", TokenStore.ROLE_API, null);
        AccessToken owner = simulator.tokens().createAuthorised("owner", TokenStore.ROLE_ADMIN, null);

        assertEquals(403, http.get(TOKENS, reader.token()).statusCode());
        assertEquals(200, http.get(TOKENS, owner.token()).statusCode());
        assertEquals(401, http.get(TOKENS, null).statusCode());
        assertEquals(400, http.get(SELF, simulator.issueLoginToken()).statusCode(), "self is for access tokens");
    }

    @Test
    void invalidRequestsAreRefused() throws Exception {
        TestHttp http = start(KsemSimulator.builder());
        String jwt = simulator.issueLoginToken();

        assertEquals(400, http.post(TOKENS, jwt, "{\"name\":\"\",\"role\":\"api\"}").statusCode());
        assertEquals(400, http.post(TOKENS, jwt, "{\"name\":\"x\",\"role\":\"root\"}").statusCode());
        assertEquals(400,
                http.post(TOKENS, jwt, "{\"name\":\"x\",\"role\":\"api\",\"expires\":\"soon\"}").statusCode());
        assertEquals(400,
                http.post(TOKENS, jwt, "{\"name\":\"x\",\"role\":\"api\",\"expires\":\"2000-01-01T00:00:00Z\"}")
                        .statusCode());
        assertEquals(400, http.post(TOKENS, jwt, "not json").statusCode());
        assertEquals(404, http.post(TOKENS + "/unknown/authorise", jwt, null).statusCode());
    }

    @Test
    void aRevokedTokenCannotBeAuthorisedAgain() throws Exception {
        TestHttp http = start(KsemSimulator.builder());
        String jwt = simulator.issueLoginToken();
        AccessToken token = simulator.tokens().create("x", TokenStore.ROLE_API, null);
        simulator.tokens().revoke(token.id());

        assertEquals(409, http.post(TOKENS + "/" + token.id() + "/authorise", jwt, null).statusCode());
    }

    @Test
    void anExpiredTokenIsRejected() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
        TestHttp http = start(KsemSimulator.builder().clock(clock));
        AccessToken token = simulator.tokens().createAuthorised("x", TokenStore.ROLE_API,
                clock.instant().plus(Duration.ofHours(1)));
        assertEquals(200, http.get(SELF, token.token()).statusCode());

        clock.advance(Duration.ofHours(2));

        assertEquals(401, http.get(SELF, token.token()).statusCode());
    }

    @Test
    void olderFirmwareHasNoTokenEndpoints() throws Exception {
        TestHttp http = start(KsemSimulator.builder().tokenEndpoints(false));
        String jwt = simulator.issueLoginToken();

        HttpResponse<String> create = http.post(TOKENS, jwt, "{\"name\":\"x\",\"role\":\"api\",\"expires\":null}");

        assertEquals(404, create.statusCode());
        assertEquals("The requested endpoint does not exist.",
                object(create).getAsJsonObject("error").get("message").getAsString());
        assertEquals(404, http.get(SELF, jwt).statusCode());
    }

    @Test
    void accessTokensCarryTheirClaims() {
        simulator = KsemSimulator.builder().build();
        Instant expiry = Instant.parse("2099-01-01T00:00:00Z");
        AccessToken token = simulator.tokens().create("name", TokenStore.ROLE_ADMIN, expiry);

        String payload = token.token().split("\\.")[1];
        JsonObject claims = JsonParser
                .parseString(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
                .getAsJsonObject();

        assertEquals("admin", claims.get("role").getAsString());
        assertEquals("name", claims.get("sub").getAsString());
        assertEquals(token.id(), claims.get("tid").getAsString());
        assertEquals(expiry.getEpochSecond(), claims.get("exp").getAsLong());
    }
}
