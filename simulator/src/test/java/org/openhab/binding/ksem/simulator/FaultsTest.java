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

        // Long enough that the refused connection below is surely tried while the port is closed, even on a slow box.
        simulator.faults().reboot(Duration.ofSeconds(3));

        assertEquals(TestWebSocket.ABNORMAL, socket.closeCode(WAIT_MS));
        assertThrows(IOException.class, () -> http.get("/api/device-settings", jwt), "connection refused");
        long deadline = System.nanoTime() + 15_000_000_000L;
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

    /**
     * Replaces the simulator by one whose ticker stays silent for 30 s, so that the only frames are the ones sent on
     * subscribe: at 40 ms a tick could replace {@code lastFrame} or slip a good frame in before the broken one.
     */
    private void startWithoutTicks() {
        simulator.stop();
        simulator = KsemSimulator.builder().frameInterval(Duration.ofSeconds(30)).build().start();
        http = new TestHttp(simulator);
        client = http.client();
    }

    private TestWebSocket openMeterSocket() {
        return TestWebSocket.openWithToken(client, simulator.webSocketUri(KsemSimulator.TOPIC_SMART_METER),
                simulator.issueLoginToken());
    }

    @Test
    void aGarbageFrameDoesNotParseAndTheNextOneDoes() throws Exception {
        startWithoutTicks();
        simulator.faults().garbageFrame();

        byte[] garbage = openMeterSocket().nextFrame(WAIT_MS);

        assertNotNull(garbage, "the frame sent on subscribe");
        assertThrows(InvalidProtocolBufferException.class, () -> GDRs.parseFrom(garbage));
        assertArrayEquals(garbage, simulator.lastFrame(KsemSimulator.TOPIC_SMART_METER));
        byte[] next = openMeterSocket().nextFrame(WAIT_MS);
        assertNotNull(next, "the stream's next frame");
        GDRs.parseFrom(next);
    }

    @Test
    void aTruncatedFrameDoesNotParse() throws Exception {
        startWithoutTicks();
        simulator.faults().truncatedFrame();

        byte[] truncated = openMeterSocket().nextFrame(WAIT_MS);

        assertNotNull(truncated, "the frame sent on subscribe");
        assertThrows(InvalidProtocolBufferException.class, () -> GDRs.parseFrom(truncated));
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

        // 3 s leave ample room for the settling and the 1 s of silence below on a slow box.
        simulator.faults().stall(Duration.ofSeconds(3));
        awaitSentFramesArrived(socket);
        socket.discardFrames();

        assertNull(socket.nextFrame(1_000));
        assertNotNull(socket.nextFrame(WAIT_MS), "frames resume after the stall");
    }

    /**
     * Waits until the socket, the smart-meter topic's only subscriber, has every frame counted as sent and the count
     * has stayed put for a poll: a tick that began just before a stall still sends its frame, and it may take a while
     * to arrive.
     */
    private void awaitSentFramesArrived(TestWebSocket socket) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT_MS * 1_000_000;
        long settled = -1;
        while (System.nanoTime() < deadline) {
            long sent = simulator.stats().framesSent(KsemSimulator.TOPIC_SMART_METER);
            if (sent == socket.framesReceived() && sent == settled) {
                return;
            }
            settled = sent == socket.framesReceived() ? sent : -1;
            Thread.sleep(200);
        }
        fail("sent " + simulator.stats().framesSent(KsemSimulator.TOPIC_SMART_METER) + " frames, received "
                + socket.framesReceived());
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
