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

import java.security.GeneralSecurityException;

import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.client.WebSocketClient;
import org.openhab.core.io.net.http.WebSocketFactory;

/**
 * openHAB's {@link WebSocketFactory}: one shared, started client for all add-ons, and new (not started) clients for
 * those that need their own. The shared one runs on an HTTP client of its own, as in openHAB, with the trust of
 * {@link ExtensibleTrustManager}.
 *
 * @author KSEM binding contributors
 */
final class SharedWebSocketFactory implements WebSocketFactory {

    private final ExtensibleTrustManager trust;
    private final HttpClient commonHttp;
    private WebSocketClient common;

    SharedWebSocketFactory(ExtensibleTrustManager trust) throws GeneralSecurityException {
        this.trust = trust;
        this.commonHttp = JettyClients.newHttpClient("OH-webSocketClient-common", trust.newSslContextFactory());
    }

    void start() throws Exception {
        // started before the WebSocket client adopts it, so that it stays ours to stop
        commonHttp.start();
        common = new WebSocketClient(commonHttp);
        common.start();
    }

    void stop() {
        if (common != null) {
            JettyClients.stopQuietly(common);
        }
        JettyClients.stopQuietly(commonHttp);
    }

    @Override
    public WebSocketClient createWebSocketClient(String consumerName) {
        return createWebSocketClient(consumerName, null);
    }

    @Override
    public WebSocketClient createWebSocketClient(String consumerName, SslContextFactory sslContextFactory) {
        try {
            return new WebSocketClient(JettyClients.newHttpClient("OH-webSocketClient-" + consumerName,
                    sslContextFactory != null ? sslContextFactory : trust.newSslContextFactory()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No TLS: " + e.getMessage(), e);
        }
    }

    @Override
    public WebSocketClient getCommonWebSocketClient() {
        return common;
    }
}
