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

import java.net.Socket;
import java.net.http.HttpClient;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HexFormat;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

import org.junit.jupiter.api.Test;

/**
 * The faults added for the binding's robustness tests (close with a code, a reboot announced by 1008, an oversized
 * frame, a fresh frame for soak tests) and HTTPS with a self-signed, replaceable certificate.
 */
class RobustnessFaultsTest {

    private static final long WAIT_MS = 10_000;

    @Test
    void streamsCanBeClosedWithACodeAndRebootsAnnouncedWith1008() throws Exception {
        try (KsemSimulator sim = KsemSimulator.builder().frameInterval(Duration.ofMillis(40)).build().start()) {
            HttpClient client = new TestHttp(sim).client();
            AccessToken token = sim.tokens().createAuthorised("openHAB", TokenStore.ROLE_API, null);
            TestWebSocket socket = TestWebSocket.openWithToken(client,
                    sim.webSocketUri(KsemSimulator.TOPIC_SMART_METER), token.token());
            assertNotNull(socket.nextFrame(WAIT_MS));
            sim.faults().closeStreams(Faults.POLICY_VIOLATION);
            assertEquals(Faults.POLICY_VIOLATION, socket.closeCode(WAIT_MS));

            TestWebSocket second = TestWebSocket.openWithToken(client,
                    sim.webSocketUri(KsemSimulator.TOPIC_SMART_METER), token.token());
            assertNotNull(second.nextFrame(WAIT_MS), "the token is still good");
            // 3 s down: the polling below cannot miss the closed port on a slow box (300 ms could slip by).
            sim.faults().reboot(Duration.ofSeconds(3), Faults.POLICY_VIOLATION);
            assertEquals(Faults.POLICY_VIOLATION, second.closeCode(WAIT_MS), "the close frame comes before the reset");
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (sim.isListening() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertFalse(sim.isListening(), "then it reboots");
        }
    }

    @Test
    void anOversizedFrameIsOneMebibyteAndEncodedFramesAreFresh() throws Exception {
        try (KsemSimulator sim = KsemSimulator.builder().frameInterval(Duration.ofMillis(40)).build().start()) {
            TestWebSocket socket = TestWebSocket.openWithToken(new TestHttp(sim).client(),
                    sim.webSocketUri(KsemSimulator.TOPIC_SMART_METER), sim.issueLoginToken());
            assertNotNull(socket.nextFrame(WAIT_MS));
            sim.faults().oversizedFrame();
            byte[] frame;
            do {
                frame = socket.nextFrame(WAIT_MS);
                assertNotNull(frame);
            } while (frame.length < 1 << 20);
            assertEquals(1 << 20, frame.length);
            assertNotNull(socket.nextFrame(WAIT_MS), "only one");

            byte[] a = sim.encodeFrame(KsemSimulator.TOPIC_SMART_METER);
            assertTrue(a.length > 100);
            assertTrue(sim.encodeFrame(KsemSimulator.TOPIC_ENERGY_FLOW).length > 50);
        }
    }

    @Test
    void httpsServesASelfSignedCertificateThatCanBeReplaced() throws Exception {
        try (KsemSimulator sim = KsemSimulator.builder().https(true).build().start()) {
            assertEquals("https", sim.baseUri().getScheme());
            assertEquals("wss", sim.webSocketUri(KsemSimulator.TOPIC_SMART_METER).getScheme());
            X509Certificate served = presented(sim);
            assertEquals(served, sim.certificate());
            assertEquals(served.getSubjectX500Principal(), served.getIssuerX500Principal(), "self-signed");
            served.verify(served.getPublicKey());
            assertEquals("CN=" + sim.device().hostname() + ".local", served.getSubjectX500Principal().getName());
            assertEquals(HexFormat.ofDelimiter(":").withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(served.getEncoded())),
                    sim.certificateFingerprint());

            String replaced = sim.replaceCertificate();
            assertNotEquals(served, presented(sim));
            assertEquals(replaced, sim.certificateFingerprint());
        }
        try (KsemSimulator plain = KsemSimulator.builder().build().start()) {
            assertThrows(IllegalStateException.class, plain::certificateFingerprint);
        }
    }

    /** The certificate the simulator presents in a TLS handshake (recorded, not trusted: the handshake fails). */
    private static X509Certificate presented(KsemSimulator sim) throws Exception {
        X509Certificate[] seen = new X509Certificate[1];
        X509ExtendedTrustManager recorder = new X509ExtendedTrustManager() {
            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                    throws java.security.cert.CertificateException {
                seen[0] = chain[0];
                throw new java.security.cert.CertificateException("recorded");
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                    throws java.security.cert.CertificateException {
                checkServerTrusted(chain, authType, (Socket) null);
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType)
                    throws java.security.cert.CertificateException {
                checkServerTrusted(chain, authType, (Socket) null);
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] { recorder }, null);
        try (Socket socket = context.getSocketFactory().createSocket("127.0.0.1", sim.port())) {
            javax.net.ssl.SSLSocket tls = (javax.net.ssl.SSLSocket) socket;
            SSLParameters parameters = tls.getSSLParameters();
            tls.setSSLParameters(parameters);
            tls.startHandshake();
            fail("the recorder refuses every certificate");
        } catch (java.io.IOException expected) {
            // the handshake ends at the recorder
        }
        assertNotNull(seen[0]);
        return seen[0];
    }
}
