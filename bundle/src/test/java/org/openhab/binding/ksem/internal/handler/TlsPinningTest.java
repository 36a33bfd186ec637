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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLHandshakeException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.api.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ksem.internal.api.CertificateFingerprint;
import org.openhab.binding.ksem.simulator.AccessToken;
import org.openhab.binding.ksem.simulator.KsemSimulator;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;

/**
 * HTTPS with certificate pinning on first use against the simulator's self-signed certificate, through HTTP and
 * WebSocket clients whose trust works like openHAB's ({@link OpenHabTlsEmulation}): the first connection pins and
 * stores the fingerprint and registers a trust manager provider for {@code host:port}; a changed certificate is a
 * configuration error naming both fingerprints; dispose unregisters the provider.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class TlsPinningTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final List<AutoCloseable> closeables = new ArrayList<>();
    private @NonNullByDefault({}) OpenHabTlsEmulation tls;
    private @NonNullByDefault({}) KsemSimulator sim;
    private String token = "";

    @BeforeEach
    void setUp() throws Exception {
        tls = new OpenHabTlsEmulation();
        sim = KsemSimulator.builder().password("secret").frameInterval(Duration.ofMillis(100)).https(true).build();
        sim.start();
        closeables.add(sim::stop);
        AccessToken created = sim.tokens().createAuthorised("tls tests", "api", null);
        token = created.token();
    }

    @AfterEach
    void tearDown() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    private String hostAndPort() {
        return "127.0.0.1:" + sim.port();
    }

    private Map<String, Object> config() {
        Map<String, Object> config = new HashMap<>();
        config.put("hostname", hostAndPort());
        config.put("accessToken", token);
        config.put("useHttps", true);
        config.put("updateInterval", BigDecimal.ZERO);
        return config;
    }

    private MeterHarness start(Map<String, Object> config, boolean readOnly) throws Exception {
        MeterHarness h = new MeterHarness(config, MeterHarness.FAST, tls.newHttpClient(), tls);
        closeables.add(h);
        h.readOnlyConfiguration = readOnly;
        h.initialize();
        return h;
    }

    @Test
    void theFirstConnectionPinsTheCertificateAndStoresItsFingerprint() throws Exception {
        assertTrue(sim.baseUri().toString().startsWith("https://"));
        MeterHarness h = start(config(), false);
        h.awaitStatus(s -> s.getStatus() == ThingStatus.ONLINE, WAIT);
        MeterHarness.waitFor(() -> h.state("grid", "power-import") != null, WAIT, () -> "data over wss");

        Map<String, Object> saved = h.savedConfigurations.get(h.savedConfigurations.size() - 1);
        assertEquals(sim.certificateFingerprint(), saved.get("certificateFingerprint"));
        assertEquals(sim.certificateFingerprint(), CertificateFingerprint.of(sim.certificate()));
        assertEquals(List.of(hostAndPort()), tls.registered, "one provider, for host:port");
        assertEquals(hostAndPort(), tls.providers.get(hostAndPort()).getHostName());

        h.handler.dispose();
        assertTrue(tls.providers.isEmpty(), "dispose unregisters the provider");
        assertEquals(List.of(hostAndPort()), tls.unregistered);
        h.handler.dispose();
        assertEquals(1, tls.unregistered.size(), "idempotent");
    }

    @Test
    void withoutTheProviderTheSelfSignedCertificateIsNotTrusted() throws Exception {
        HttpClient client = tls.newHttpClient();
        client.start();
        closeables.add(client::stop);
        Request request = client.newRequest(sim.baseUri().resolve("/api/device-settings")).timeout(3, TimeUnit.SECONDS);
        ExecutionException refused = assertThrows(ExecutionException.class, request::send);
        Throwable cause = refused;
        while (cause.getCause() != null && !(cause instanceof SSLHandshakeException)) {
            cause = cause.getCause();
        }
        assertInstanceOf(SSLHandshakeException.class, cause, "no trust-all: the JDK's default trust refuses it");
    }

    @Test
    void aReadOnlyThingKeepsThePinInMemory() throws Exception {
        MeterHarness h = start(config(), true);
        h.awaitStatus(s -> s.getStatus() == ThingStatus.ONLINE, WAIT);
        assertEquals(1, h.savedConfigurations.size(), "nothing could be saved");
        assertEquals(List.of(hostAndPort()), tls.registered);
    }

    @Test
    void aChangedCertificateIsAConfigurationErrorNamingBothFingerprints() throws Exception {
        MeterHarness h = start(config(), false);
        h.awaitStatus(s -> s.getStatus() == ThingStatus.ONLINE, WAIT);
        String pinned = sim.certificateFingerprint();

        String replaced = sim.replaceCertificate();
        sim.faults().dropConnections();
        ThingStatusInfo status = h.awaitStatus(s -> s.getStatusDetail() == ThingStatusDetail.CONFIGURATION_ERROR, WAIT);
        assertEquals(ThingStatus.OFFLINE, status.getStatus());
        assertEquals("@text/offline.conf-error-certificate-changed [\"" + pinned + "\", \"" + replaced + "\"]",
                status.getDescription());
        long calls = sim.stats().restCalls();
        Thread.sleep(700);
        assertEquals(status, h.lastStatus(), "it stays there until the owner acts");
        assertEquals(calls, sim.stats().restCalls(), "no request reached the device with the other certificate");
    }

    @Test
    void aConfiguredFingerprintIsUsedAsIsAndCheckedStrictly() throws Exception {
        Map<String, Object> config = config();
        // typed by the owner: lower case, without colons
        config.put("certificateFingerprint", sim.certificateFingerprint().replace(":", "").toLowerCase());
        MeterHarness h = start(config, false);
        h.awaitStatus(s -> s.getStatus() == ThingStatus.ONLINE, WAIT);
        assertEquals(1, h.savedConfigurations.size(), "a configured fingerprint is not rewritten");
        h.close();

        String other = "AB:".repeat(31) + "AB";
        config.put("certificateFingerprint", other);
        MeterHarness wrong = start(config, false);
        ThingStatusInfo status = wrong.awaitStatus(s -> s.getStatus() == ThingStatus.OFFLINE, WAIT);
        assertEquals("@text/offline.conf-error-certificate-changed [\"" + other + "\", \""
                + sim.certificateFingerprint() + "\"]", status.getDescription());
        wrong.close();

        config.put("certificateFingerprint", "not a fingerprint");
        MeterHarness invalid = start(config, false);
        assertEquals("@text/offline.conf-error-invalid-fingerprint [\"not a fingerprint\"]",
                invalid.lastStatus().getDescription());
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, invalid.lastStatus().getStatusDetail());
    }
}
