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
package org.openhab.binding.ksem.internal.handler;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ksem.simulator.AccessToken;
import org.openhab.binding.ksem.simulator.KsemSimulator;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;

/**
 * Every transition of the access-token lifecycle against the simulator: request → pending → authorised → stored →
 * password removed → used after a restart; revocation while streaming; a pasted token; a device without the token
 * calls; a read-only configuration; the token actions.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class TokenLifecycleEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration FRAME = Duration.ofMillis(100);

    private final List<AutoCloseable> closeables = new java.util.ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    private KsemSimulator simulator(boolean tokenEndpoints) {
        return simulator(tokenEndpoints, FRAME);
    }

    private KsemSimulator simulator(boolean tokenEndpoints, Duration frame) {
        KsemSimulator s = KsemSimulator.builder().password("secret").frameInterval(frame).tokenEndpoints(tokenEndpoints)
                .build();
        s.start();
        closeables.add(s::stop);
        return s;
    }

    private MeterHarness start(Map<String, Object> config) throws Exception {
        MeterHarness h = new MeterHarness(config);
        closeables.add(h);
        h.initialize();
        return h;
    }

    private static Map<String, Object> passwordConfig(KsemSimulator sim) {
        return Map.of("hostname", "127.0.0.1:" + sim.port(), "password", "secret", "updateInterval", BigDecimal.ZERO);
    }

    private static @Nullable String description(MeterHarness h) {
        return h.lastStatus().getDescription();
    }

    private static AccessToken onlyToken(KsemSimulator sim) {
        List<AccessToken> tokens = sim.tokens().list();
        assertEquals(1, tokens.size(), () -> "tokens on the device: " + tokens.size());
        return tokens.get(0);
    }

    @Test
    void requestWaitForApprovalStoreAndUseAfterRestart() throws Exception {
        KsemSimulator sim = simulator(true);
        MeterHarness h = start(passwordConfig(sim));

        ThingStatusInfo pending = h.awaitStatus(s -> s.getStatus() == ThingStatus.ONLINE
                && s.getStatusDetail() == ThingStatusDetail.CONFIGURATION_PENDING, WAIT);
        String uri = "http://127.0.0.1:" + sim.port() + "/";
        assertEquals("@text/online.token-pending [\"openHAB ksem:meter:test\", \"" + uri + "\"]",
                pending.getDescription());
        AccessToken token = onlyToken(sim);
        assertEquals("openHAB ksem:meter:test", token.name());
        assertEquals("api", token.role(), "the least role that serves a read-only meter");
        MeterHarness.waitFor(() -> new StringType("pending").equals(h.state("device", "token-state")), WAIT,
                () -> "token-state pending");
        assertNotNull(h.state("grid", "power-import"), "live data flows on the password meanwhile");

        sim.tokens().authorise(token.id());

        h.awaitStatus(s -> s.getStatus() == ThingStatus.ONLINE && s.getStatusDetail() == ThingStatusDetail.NONE, WAIT);
        Map<String, Object> saved = h.savedConfigurations.get(h.savedConfigurations.size() - 1);
        assertEquals(token.token(), saved.get("accessToken"));
        assertFalse(saved.containsKey("password"), "the password is removed once the token works");
        MeterHarness.waitFor(() -> new StringType("valid").equals(h.state("device", "token-state")), WAIT,
                () -> "token-state valid");
        h.close();

        long loginsBefore = sim.stats().logins();
        long framesBefore = sim.stats().framesSent();
        MeterHarness restarted = start(new HashMap<>(saved));
        restarted.awaitStatus(s -> s.getStatus() == ThingStatus.ONLINE, WAIT);
        MeterHarness.waitFor(() -> restarted.state("grid", "power-import") != null, WAIT, () -> "data on the token");
        assertEquals(ThingStatusDetail.NONE, restarted.lastStatus().getStatusDetail());
        assertEquals(loginsBefore, sim.stats().logins(), "no password login after the restart");
        assertTrue(sim.stats().framesSent() > framesBefore);
        assertEquals(1, sim.tokens().list().size(), "no second token");
    }

    @Test
    void aRevokedTokenStopsTheThingAndIsNotReplaced() throws Exception {
        KsemSimulator sim = simulator(true, MeterHarness.DEVICE_FRAME);
        AccessToken token = sim.tokens().createAuthorised("pasted by the owner", "api", null);
        MeterHarness h = start(Map.of("hostname", "127.0.0.1:" + sim.port(), "accessToken", token.token(),
                "updateInterval", BigDecimal.ZERO));
        h.awaitStatus(s -> s.getStatus() == ThingStatus.ONLINE, WAIT);
        assertEquals(ThingStatusDetail.NONE, h.lastStatus().getStatusDetail(), "a pasted token just works");
        assertEquals(0, sim.stats().logins(), "a token never logs in with a password");

        long revokedAt = System.nanoTime();
        sim.tokens().revoke(token.id());
        ThingStatusInfo status = h.awaitStatus(s -> s.getStatus() == ThingStatus.OFFLINE, WAIT);
        long tookMillis = (System.nanoTime() - revokedAt) / 1_000_000;
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, status.getStatusDetail());
        assertEquals("@text/offline.conf-error-token-rejected", status.getDescription());
        // the next frame tick carries the rejection; the rest is one REST check (far below the watchdog)
        assertTrue(tookMillis < MeterHarness.DEVICE_FRAME.toMillis() * 2,
                "rejected within about one frame interval: " + tookMillis);

        Thread.sleep(1000);
        assertEquals(1, sim.tokens().list().size(), "no new token was requested");
        assertEquals(0, sim.stats().logins());
        assertEquals(status, h.lastStatus(), "it stays there until the owner acts");
    }

    @Test
    void aDeviceWithoutTokenCallsStaysUsableOnThePassword() throws Exception {
        KsemSimulator sim = simulator(false);
        MeterHarness h = start(passwordConfig(sim));
        // ONLINE comes with the first frame; the note follows as soon as the device answered the token request
        ThingStatusInfo status = h.awaitStatus(s -> s.getStatus() == ThingStatus.ONLINE
                && s.getStatusDetail() == ThingStatusDetail.CONFIGURATION_PENDING, WAIT);
        assertEquals("@text/online.token-unsupported [\"http://127.0.0.1:" + sim.port() + "/\"]",
                status.getDescription());
        MeterHarness.waitFor(() -> h.state("grid", "power-import") != null, WAIT, () -> "data on the password");
    }

    @Test
    void aReadOnlyConfigurationKeepsTheTokenInMemory() throws Exception {
        KsemSimulator sim = simulator(true);
        MeterHarness h = new MeterHarness(passwordConfig(sim));
        closeables.add(h);
        h.readOnlyConfiguration = true;
        h.initialize();
        h.awaitStatus(s -> String.valueOf(s.getDescription()).startsWith("@text/online.token-pending"), WAIT);
        sim.tokens().authorise(onlyToken(sim).id());

        ThingStatusInfo status = h
                .awaitStatus(s -> String.valueOf(s.getDescription()).startsWith("@text/online.token-not-saved"), WAIT);
        assertEquals("@text/online.token-not-saved [\"ksem:meter:test\"]", status.getDescription());
        assertEquals(onlyToken(sim).token(), h.handler.showToken(), "the console command can print it");
        assertEquals("secret", h.configuration.get("password"), "the configuration is unchanged");
        long logins = sim.stats().logins();
        long frames = sim.stats().framesSent();
        MeterHarness.waitFor(() -> sim.stats().framesSent() > frames + 4, WAIT, () -> "frames on the token");
        assertEquals(logins, sim.stats().logins(), "streams run on the token, not the password");
    }

    @Test
    void theTokenActionsCheckRecreateAndDelete() throws Exception {
        KsemSimulator sim = simulator(true);
        AccessToken first = sim.tokens().createAuthorised("first", "api", null);
        Map<String, Object> config = new HashMap<>(passwordConfig(sim));
        config.put("accessToken", first.token());
        MeterHarness h = start(config);
        h.awaitStatus(s -> s.getStatus() == ThingStatus.ONLINE, WAIT);

        TokenReport check = h.handler.checkToken();
        assertEquals(TokenState.VALID, check.state(), check::message);

        TokenReport recreated = h.handler.recreateToken();
        assertEquals(TokenState.PENDING, recreated.state(), recreated::message);
        assertTrue(sim.tokens().find(first.id()).isEmpty(), "the old token was deleted on the device");
        AccessToken second = onlyToken(sim);
        assertNotEquals(first.id(), second.id());
        assertFalse(h.configuration.containsKey("accessToken"));
        sim.tokens().authorise(second.id());
        MeterHarness.waitFor(() -> second.token().equals(h.configuration.get("accessToken")), WAIT,
                () -> "second token stored");

        TokenReport deleted = h.handler.deleteToken();
        assertEquals(TokenState.NONE, deleted.state(), deleted::message);
        assertTrue(sim.tokens().list().isEmpty());
        assertFalse(h.configuration.containsKey("accessToken"));
        assertEquals(TokenState.NONE, h.handler.checkToken().state());
    }
}
