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
package org.openhab.binding.ksem.runtime.platform;

import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.slf4j.LoggerFactory;

/**
 * Builds Jetty HTTP clients the way openHAB names them ({@code OH-httpClient-<consumer>}), with daemon threads so that
 * a client somebody forgot to stop never keeps the JVM alive.
 *
 * @author KSEM binding contributors
 */
final class JettyClients {

    private static final int MAX_THREADS = 20;
    private static final int MIN_THREADS = 2;
    private static final int IDLE_TIMEOUT_MS = 60_000;

    private JettyClients() {
    }

    /** A new, not yet started client. */
    static HttpClient newHttpClient(String threadName, SslContextFactory sslContextFactory) {
        HttpClient client = new HttpClient(sslContextFactory);
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS, IDLE_TIMEOUT_MS);
        threads.setName(threadName);
        threads.setDaemon(true);
        client.setExecutor(threads);
        client.setScheduler(new ScheduledExecutorScheduler(threadName + "-scheduler", true));
        return client;
    }

    /** Stops a client; a failure only matters to the log. */
    static void stopQuietly(LifeCycle client) {
        try {
            client.stop();
        } catch (Exception e) {
            LoggerFactory.getLogger(JettyClients.class).debug("Stopping {} failed: {}", client,
                    e.getMessage());
        }
    }
}
