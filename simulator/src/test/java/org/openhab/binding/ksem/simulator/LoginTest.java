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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class LoginTest {

    private KsemSimulator simulator;
    /**
     * The rate limit's time, moved only by the tests: "within a second" then does not depend on how fast a busy
     * machine answers. Counts its reads, which the limiter does under its lock as each POST arrives.
     */
    private final AtomicLong rateLimitNanos = new AtomicLong(1_000_000_000_000L);
    private final AtomicInteger rateLimitReads = new AtomicInteger();

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.stop();
        }
    }

    private TestHttp start(KsemSimulator.Builder builder) {
        simulator = builder.password("secret").rateLimitNanoTime(() -> {
            rateLimitReads.incrementAndGet();
            return rateLimitNanos.get();
        }).build().start();
        simulator.issueLoginToken(); // waits for the signing key, so that timing tests measure only the limit
        return new TestHttp(simulator);
    }

    private void advanceRateLimitTime(Duration duration) {
        rateLimitNanos.addAndGet(duration.toNanos());
    }

    @Test
    void loginAnswersABearerJwtLikeTheDevice() throws Exception {
        TestHttp http = start(KsemSimulator.builder());

        HttpResponse<String> response = http.login("secret");

        assertEquals(200, response.statusCode());
        JsonObject body = TestHttp.json(response).getAsJsonObject();
        assertEquals("Bearer", body.get("token_type").getAsString());
        assertEquals(604_800, body.get("expires_in").getAsLong());
        String[] parts = body.get("access_token").getAsString().split("\\.");
        assertEquals(3, parts.length);
        assertEquals("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9", parts[0], "header {\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        JsonObject claims = JsonParser
                .parseString(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
                .getAsJsonObject();
        assertEquals("admin", claims.get("aud").getAsString());
        assertEquals("TQS", claims.get("iss").getAsString());
        assertEquals("admin,user", claims.get("role").getAsString());
        assertEquals("admin", claims.get("sub").getAsString());
        assertEquals(19, claims.get("nonc").getAsBigInteger().toString().length());
        long exp = claims.get("exp").getAsLong();
        assertTrue(Math.abs(exp - Instant.now().plusSeconds(604_800).getEpochSecond()) < 10);
        assertEquals(256, Base64.getUrlDecoder().decode(parts[2]).length, "RSA-2048 signature");
        assertEquals(1, simulator.stats().logins());
    }

    @Test
    void theUserNameUserIsAcceptedToo() throws Exception {
        TestHttp http = start(KsemSimulator.builder());

        assertEquals(200, http.login("user", "secret").statusCode());
    }

    @Test
    void wrongPasswordAnswersInvalidGrant() throws Exception {
        TestHttp http = start(KsemSimulator.builder());

        HttpResponse<String> response = http.login("wrong");

        assertEquals(400, response.statusCode());
        assertEquals("invalid_grant", TestHttp.json(response).getAsJsonObject().get("error").getAsString());
        assertEquals(1, simulator.stats().rejectedLogins());
        assertEquals(0, simulator.stats().logins());
    }

    @Test
    void wrongPasswordCanAnswer401Instead() throws Exception {
        TestHttp http = start(KsemSimulator.builder().loginFailureStatus(401));

        HttpResponse<String> response = http.login("wrong");

        assertEquals(401, response.statusCode());
        assertEquals("invalid_grant", TestHttp.json(response).getAsJsonObject().get("error").getAsString());
    }

    @Test
    void wrongClientIsRefused() throws Exception {
        TestHttp http = start(KsemSimulator.builder());

        HttpResponse<String> response = http.postForm("/api/web-login/token",
                Map.of("grant_type", "password", "client_id", "other", "client_secret", "1", "username",
                        "admin", "password", "secret"));

        assertEquals(401, response.statusCode());
        assertEquals("invalid_client", TestHttp.json(response).getAsJsonObject().get("error").getAsString());
    }

    @Test
    void aSecondPostWithinASecondIsRefusedWith429() throws Exception {
        TestHttp http = start(KsemSimulator.builder());

        assertEquals(200, http.login("secret").statusCode());
        advanceRateLimitTime(Duration.ofMillis(500));
        HttpResponse<String> second = http.login("secret");

        assertEquals(429, second.statusCode());
        assertEquals(1, simulator.stats().rateLimitedPosts());
        advanceRateLimitTime(Duration.ofMillis(500));
        assertEquals(200, http.login("secret").statusCode(), "the bucket drains at one request per second");
    }

    @Test
    void theLoginZoneIsSharedWithTheAccessTokenCalls() throws Exception {
        TestHttp http = start(KsemSimulator.builder());

        String jwt = http.loginToken("secret");
        HttpResponse<String> create = http.post("/api/access-token/tokens", jwt,
                "{\"name\":\"x\",\"role\":\"api\",\"expires\":null}");

        assertEquals(429, create.statusCode());
    }

    @Test
    void nginxBurstOneDelaysTheSecondPostAndRefusesAThirdAtTheSameTime() throws Exception {
        TestHttp http = start(KsemSimulator.builder().rateLimitBurst(1));
        assertEquals(200, http.login("secret").statusCode());
        advanceRateLimitTime(Duration.ofMillis(400));

        int readsBefore = rateLimitReads.get();
        long before = System.nanoTime();
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> loginStatus(http));
        // The limiter reads the time under its lock: once it has for the second POST, a third one is judged after it.
        long deadline = before + 10_000_000_000L;
        while (rateLimitReads.get() == readsBefore) {
            assertTrue(System.nanoTime() < deadline, "the second POST never reached the rate limit");
            Thread.sleep(5);
        }
        CompletableFuture<Integer> third = CompletableFuture.supplyAsync(() -> loginStatus(http));

        assertEquals(429, third.get(10, TimeUnit.SECONDS));
        assertEquals(200, second.get(10, TimeUnit.SECONDS));
        // The rest of the second is 600 ms of the limiter's time, slept for real; the margin is for the sleep.
        long delayedMillis = (System.nanoTime() - before) / 1_000_000;
        assertTrue(delayedMillis >= 550, "held back for the rest of the second, was " + delayedMillis + " ms");
    }

    private static int loginStatus(TestHttp http) {
        try {
            return http.login("secret").statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void tooManyRequestsFaultRefusesTheNextLogins() throws Exception {
        TestHttp http = start(KsemSimulator.builder().rateLimit(false));
        simulator.faults().tooManyRequests(2);

        assertEquals(429, http.login("secret").statusCode());
        assertEquals(429, http.login("secret").statusCode());
        assertEquals(200, http.login("secret").statusCode());
    }

    @Test
    void aLoginTokenStopsWorkingWhenItExpires() throws Exception {
        // The simulator's wall clock stands still until moved, so the token cannot expire before the first GET.
        MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z")); // a whole second: exp is +1 s
        TestHttp http = start(KsemSimulator.builder().clock(clock).loginTokenLifetime(Duration.ofSeconds(1)));

        HttpResponse<String> login = http.login("secret");
        assertEquals(1, TestHttp.json(login).getAsJsonObject().get("expires_in").getAsLong());
        String jwt = TestHttp.json(login).getAsJsonObject().get("access_token").getAsString();
        assertEquals(200, http.get("/api/device-settings", jwt).statusCode());
        clock.advance(Duration.ofMillis(999));
        assertEquals(200, http.get("/api/device-settings", jwt).statusCode(), "valid until exp");

        clock.advance(Duration.ofMillis(1));

        assertEquals(401, http.get("/api/device-settings", jwt).statusCode());
    }

    @Test
    void loginNeedsPost() throws Exception {
        TestHttp http = start(KsemSimulator.builder());

        HttpResponse<String> response = http.get("/api/web-login/token", null);

        assertEquals(405, response.statusCode());
        assertTrue(response.body().contains("is not allowed for this endpoint"));
    }
}
