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

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ksem.simulator.proto.GDRs;

import com.google.protobuf.InvalidProtocolBufferException;

class FaultsTest {

    private static final long WAIT_MS = 10_000;

    private KsemSimulator simulator;
    private TestHttp http;
    private HttpClient client;

    @BeforeEach
    void start() {
        simulator = KsemSimulator.builder().frameInterval(Duration.ofMillis(40)).build().start();
        http = new TestHttp(simulator);
        client = http.client();
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    private TestWebSocket meterSocket(String token) throws InterruptedException {
        TestWebSocket socket = TestWebSocket.openWithToken(client,
                simulator.webSocketUri(KsemSimulator.TOPIC_SMART_METER), token);
        assertNotNull(socket.nextFrame(WAIT_MS), "first frame");
        return socket;
    }

    @Test
    void rebootRefusesConnectionsThenComesBackOnTheSamePort() throws Exception {
        String jwt = simulator.issueLoginToken();
        AccessToken token = simulator.tokens().createAuthorised("openHAB", TokenStore.ROLE_API, null);
        TestWebSocket socket = meterSocket(jwt);
        int port = simulator.port();

        simulator.faults().reboot(Duration.ofMillis(600));

        assertEquals(TestWebSocket.ABNORMAL, socket.closeCode(WAIT_MS));
        assertThrows(IOException.class, () -> http.get("/api/device-settings", jwt), "connection refused");
        long deadline = System.nanoTime() + 5_000_000_000L;
        int status = -1;
        while (System.nanoTime() < deadline) {
            try {
                status = http.get("/api/device-settings", token.token()).statusCode();
                break;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        assertEquals(200, status, "access tokens survive a reboot");
        assertEquals(port, simulator.port());
        assertEquals(401, http.get("/api/device-settings", jwt).statusCode(), "login JWTs do not");
        meterSocket(simulator.issueLoginToken());
    }

    @Test
    void aGarbageFrameDoesNotParseAndTheNextOneDoes() throws Exception {
        TestWebSocket socket = meterSocket(simulator.issueLoginToken());

        simulator.faults().garbageFrame();

        byte[] garbage = nextBroken(socket);
        assertArrayEquals(garbage, simulator.lastFrame(KsemSimulator.TOPIC_SMART_METER));
        GDRs.parseFrom(socket.nextFrame(WAIT_MS));
    }

    @Test
    void aTruncatedFrameDoesNotParse() throws Exception {
        TestWebSocket socket = meterSocket(simulator.issueLoginToken());

        simulator.faults().truncatedFrame();

        nextBroken(socket);
    }

    /** Reads frames until one fails to parse (a frame pushed before the fault may still be in flight). */
    private static byte[] nextBroken(TestWebSocket socket) throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            byte[] frame = socket.nextFrame(WAIT_MS);
            assertNotNull(frame);
            try {
                GDRs.parseFrom(frame);
            } catch (InvalidProtocolBufferException e) {
                return frame;
            }
        }
        return fail("no broken frame arrived");
    }

    @Test
    void dropConnectionsClosesWebSocketsAbnormally() throws Exception {
        TestWebSocket socket = meterSocket(simulator.issueLoginToken());
        assertEquals(1, simulator.stats().openWebSockets());

        simulator.faults().dropConnections();

        assertEquals(TestWebSocket.ABNORMAL, socket.closeCode(WAIT_MS));
        assertEquals(0, simulator.stats().openWebSockets());
        assertEquals(200, http.get("/api/device-settings", simulator.issueLoginToken()).statusCode(),
                "new connections are served");
    }

    @Test
    void aStallSendsNoFrames() throws Exception {
        TestWebSocket socket = meterSocket(simulator.issueLoginToken());

        simulator.faults().stall(Duration.ofMillis(500));
        Thread.sleep(60);
        socket.discardFrames();

        assertNull(socket.nextFrame(300));
        assertNotNull(socket.nextFrame(WAIT_MS), "frames resume after the stall");
    }

    @Test
    void revokeAllRejectsEveryCredential() throws Exception {
        String jwt = simulator.issueLoginToken();
        AccessToken token = simulator.tokens().createAuthorised("openHAB", TokenStore.ROLE_API, null);
        TestWebSocket socket = meterSocket(token.token());

        simulator.faults().revokeAll();

        assertEquals(1008, socket.closeCode(WAIT_MS));
        assertEquals(401, http.get("/api/device-settings", token.token()).statusCode());
        assertEquals(401, http.get("/api/device-settings", jwt).statusCode());
    }
}
