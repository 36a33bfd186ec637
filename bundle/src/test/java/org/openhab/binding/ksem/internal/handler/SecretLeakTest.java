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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.api.Request;
import org.eclipse.jetty.http.HttpHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ksem.internal.api.TlsProviderRegistrar;
import org.openhab.binding.ksem.simulator.AccessToken;
import org.openhab.binding.ksem.simulator.KsemSimulator;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;

import ch.qos.logback.classic.Level;

/**
 * Runs the representative scenarios (password login, token request, approval, use, the token actions, faults,
 * revocation, a wrong password) with every logger of the binding at TRACE, records every bearer the binding sent, and
 * asserts that neither the password nor any login JWT or access token, nor any 16-character piece of a JWT's payload
 * or signature, appears in a log line (message and exception messages), a status description or an action's report.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class SecretLeakTest {

    private static final String PASSWORD = "Pw-7x!Q9z#Lm42-secret";
    private static final int PIECE = 16;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final List<AutoCloseable> closeables = new ArrayList<>();
    private final Set<String> bearers = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final List<String> texts = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    /** A meter whose HTTP client records the bearer of every request it sends. */
    private MeterHarness harness(Map<String, Object> config) throws Exception {
        MeterHarness h = new MeterHarness(config, MeterHarness.FAST, Leaks.newHttpClient(null),
                TlsProviderRegistrar.NONE);
        closeables.add(h);
        h.httpClient().getRequestListeners().add(new Request.Listener.Adapter() {
            @Override
            public void onBegin(@Nullable Request request) {
                if (request == null) {
                    return;
                }
                String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
                if (authorization != null && authorization.startsWith("Bearer ")) {
                    bearers.add(authorization.substring("Bearer ".length()));
                }
            }
        });
        return h;
    }

    private void report(String text) {
        texts.add(text);
    }

    private void statuses(MeterHarness h) {
        for (ThingStatusInfo status : h.statuses) {
            texts.add(String.valueOf(status.getDescription()));
        }
    }

    @Test
    void noSecretInLogsStatusesOrReports() throws Exception {
        try (LogCapture log = new LogCapture("org.openhab.binding.ksem", Level.TRACE)) {
            KsemSimulator sim = KsemSimulator.builder().password(PASSWORD).frameInterval(Duration.ofMillis(100))
                    .build();
            sim.start();
            closeables.add(sim::stop);
            String host = "127.0.0.1:" + sim.port();

            // password login, token request, approval, the token in use
            MeterHarness h = harness(Map.of("hostname", host, "password", PASSWORD, "updateInterval", BigDecimal.ZERO,
                    "watchdogTimeout", BigDecimal.valueOf(5)));
            h.initialize();
            h.awaitStatus(s -> String.valueOf(s.getDescription()).startsWith("@text/online.token-pending"), WAIT);
            report(h.handler.checkToken().message());
            AccessToken token = sim.tokens().list().get(0);
            sim.tokens().authorise(token.id());
            h.awaitStatus(s -> s.getStatus() == ThingStatus.ONLINE && s.getStatusDetail() == ThingStatusDetail.NONE,
                    WAIT);
            report(h.handler.checkToken().message());
            report(h.handler.createToken().message());

            // faults on the token
            int mark = h.statuses.size();
            sim.faults().serverErrors(2);
            sim.faults().dropConnections();
            MeterHarness.waitFor(() -> h.statuses.size() > mark && h.lastStatus().getStatus() == ThingStatus.ONLINE,
                    WAIT, () -> "recovered from 500s");
            int mark2 = h.statuses.size();
            sim.faults().reboot(Duration.ofMillis(300));
            MeterHarness.waitFor(() -> h.statuses.size() > mark2 && h.lastStatus().getStatus() == ThingStatus.ONLINE,
                    WAIT, () -> "recovered from the reboot");

            // revocation, then the actions on a rejected token
            sim.tokens().revoke(token.id());
            h.awaitStatus(s -> s.getStatusDetail() == ThingStatusDetail.CONFIGURATION_ERROR, WAIT);
            report(h.handler.checkToken().message());
            report(h.handler.recreateToken().message());
            statuses(h);
            h.close();

            // a password the device refuses
            MeterHarness wrong = harness(Map.of("hostname", host, "password", PASSWORD + "-wrong"));
            wrong.initialize();
            wrong.awaitStatus(s -> s.getStatusDetail() == ThingStatusDetail.CONFIGURATION_ERROR, WAIT);
            statuses(wrong);
            wrong.close();

            for (String line : log.lines()) {
                if (!line.startsWith("org.openhab.binding.ksem.simulator")) {
                    texts.add(line);
                }
            }
            assertTrue(bearers.contains(token.token()), "the access token was recorded as it was used");
            assertTrue(bearers.size() >= 2, "and at least one login JWT: " + bearers.size());
            sim.tokens().list().forEach(t -> bearers.add(t.token()));
        }

        assertTrue(texts.size() > 50, "enough text was produced to mean something: " + texts.size());
        Set<String> pieces = new HashSet<>();
        for (String bearer : bearers) {
            String[] parts = bearer.split("\\.");
            assertEquals(3, parts.length, "a JWT");
            for (int part = 1; part < 3; part++) { // payload and signature; the header is the same for every JWT
                for (int i = 0; i + PIECE <= parts[part].length(); i++) {
                    pieces.add(parts[part].substring(i, i + PIECE));
                }
            }
        }
        for (String text : texts) {
            assertFalse(text.contains(PASSWORD), () -> "the password in: " + text);
            for (int i = 0; i + PIECE <= text.length(); i++) {
                String window = text.substring(i, i + PIECE);
                assertFalse(pieces.contains(window), () -> "a piece of a JWT (" + window + ") in: " + text);
            }
        }
    }
}
