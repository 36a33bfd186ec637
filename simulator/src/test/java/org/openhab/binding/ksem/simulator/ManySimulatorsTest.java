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

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Other modules start many simulators: starting and stopping must be quick and leave nothing behind. */
class ManySimulatorsTest {

    @Test
    void twentySimulatorsStartServeAndStopQuickly() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        List<KsemSimulator> simulators = new ArrayList<>();
        List<TestWebSocket> sockets = new ArrayList<>();
        long start = System.nanoTime();
        long keyWaitNanos = 0;
        for (int i = 0; i < 20; i++) {
            KsemSimulator simulator = KsemSimulator.builder().frameInterval(Duration.ofMillis(100)).build().start();
            simulators.add(simulator);
            // The first JWT waits for the simulator's RSA key, made one at a time in the background (0.1 to 1 s
            // each, more on a busy machine): not what this test measures, so that wait is left out of the timing.
            long keyWaitStart = System.nanoTime();
            String token = simulator.issueLoginToken();
            keyWaitNanos += System.nanoTime() - keyWaitStart;
            sockets.add(TestWebSocket.openWithToken(client, simulator.webSocketUri(KsemSimulator.TOPIC_SMART_METER),
                    token));
        }
        for (TestWebSocket socket : sockets) {
            assertNotNull(socket.nextFrame(10_000));
        }
        long startedMillis = (System.nanoTime() - start - keyWaitNanos) / 1_000_000;
        long stopStart = System.nanoTime();
        simulators.forEach(KsemSimulator::stop);
        long stoppedMillis = (System.nanoTime() - stopStart) / 1_000_000;

        assertTrue(simulators.stream().noneMatch(KsemSimulator::isRunning));
        assertTrue(startedMillis < 20_000, "start took " + startedMillis + " ms");
        assertTrue(stoppedMillis < 10_000, "stop took " + stoppedMillis + " ms");
        System.out.println("20 simulators: started and served in " + startedMillis + " ms (plus "
                + keyWaitNanos / 1_000_000 + " ms waiting for keys), stopped in " + stoppedMillis + " ms");
    }
}
