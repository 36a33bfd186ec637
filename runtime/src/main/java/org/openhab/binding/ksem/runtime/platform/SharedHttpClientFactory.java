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
import org.openhab.core.io.net.http.HttpClientFactory;

/**
 * openHAB's {@link HttpClientFactory}: one shared, started client for all add-ons, and new (not started) clients for
 * those that need their own; all trust what {@link ExtensibleTrustManager} trusts unless given their own TLS setup.
 *
 * @author KSEM binding contributors
 */
final class SharedHttpClientFactory implements HttpClientFactory {

    private final ExtensibleTrustManager trust;
    private final HttpClient common;

    SharedHttpClientFactory(ExtensibleTrustManager trust) throws GeneralSecurityException {
        this.trust = trust;
        this.common = JettyClients.newHttpClient("OH-httpClient-common", trust.newSslContextFactory());
    }

    void start() throws Exception {
        common.start();
    }

    void stop() {
        JettyClients.stopQuietly(common);
    }

    @Override
    public HttpClient createHttpClient(String consumerName) {
        return createHttpClient(consumerName, null);
    }

    @Override
    public HttpClient createHttpClient(String consumerName, SslContextFactory sslContextFactory) {
        return JettyClients.newHttpClient("OH-httpClient-" + consumerName,
                sslContextFactory != null ? sslContextFactory : sharedTrust());
    }

    @Override
    public HttpClient getCommonHttpClient() {
        return common;
    }

    private SslContextFactory sharedTrust() {
        try {
            return trust.newSslContextFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No TLS: " + e.getMessage(), e);
        }
    }
}
