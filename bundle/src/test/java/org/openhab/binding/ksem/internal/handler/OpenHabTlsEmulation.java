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

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.openhab.binding.ksem.internal.api.TlsProviderRegistrar;
import org.openhab.core.io.net.http.TlsTrustManagerProvider;

/**
 * What openHAB's {@code WebClientFactoryImpl} and {@code ExtensibleTrustManagerImpl} do for TLS, for tests: the
 * registered {@link TlsTrustManagerProvider} whose host name is the peer's {@code host:port} decides; without one the
 * JDK's default trust applies (which refuses a self-signed KSEM). Endpoint identification is off, as in openHAB's
 * shared clients, because host checks are the provider's business. It is also the {@link TlsProviderRegistrar} the
 * handler registers with (in openHAB: the OSGi service registry).
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
final class OpenHabTlsEmulation implements TlsProviderRegistrar {

    final Map<String, TlsTrustManagerProvider> providers = new ConcurrentHashMap<>();
    final List<String> registered = new CopyOnWriteArrayList<>();
    final List<String> unregistered = new CopyOnWriteArrayList<>();
    private final X509ExtendedTrustManager jdkDefault;
    private final X509ExtendedTrustManager extensible = new Extensible();

    OpenHabTlsEmulation() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        X509ExtendedTrustManager found = null;
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager extended) {
                found = extended;
            }
        }
        if (found == null) {
            throw new IllegalStateException("no default trust manager");
        }
        jdkDefault = found;
    }

    @Override
    public Registration register(TlsTrustManagerProvider provider) {
        providers.put(provider.getHostName(), provider);
        registered.add(provider.getHostName());
        return () -> {
            if (providers.remove(provider.getHostName(), provider)) {
                unregistered.add(provider.getHostName());
            }
        };
    }

    /** A new, unstarted HTTP client (WebSockets share it) whose TLS trust is this emulation. */
    HttpClient newHttpClient() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] { extensible }, null);
        SslContextFactory.Client ssl = new SslContextFactory.Client();
        ssl.setSslContext(context);
        ssl.setEndpointIdentificationAlgorithm(null);
        return Leaks.newHttpClient(ssl);
    }

    private X509ExtendedTrustManager forPeer(@Nullable String host, int port) {
        TlsTrustManagerProvider provider = providers.get(host + ":" + port);
        return provider == null ? jdkDefault : provider.getTrustManager();
    }

    /** ExtensibleTrustManagerImpl, reduced to the host:port lookup. */
    private final class Extensible extends X509ExtendedTrustManager {

        @Override
        public void checkServerTrusted(X509Certificate @Nullable [] chain, @Nullable String authType,
                @Nullable SSLEngine engine) throws CertificateException {
            if (engine == null) {
                throw new CertificateException("no engine");
            }
            forPeer(engine.getPeerHost(), engine.getPeerPort()).checkServerTrusted(chain, authType, engine);
        }

        @Override
        public void checkServerTrusted(X509Certificate @Nullable [] chain, @Nullable String authType,
                @Nullable Socket socket) throws CertificateException {
            if (socket == null) {
                throw new CertificateException("no socket");
            }
            forPeer(socket.getInetAddress().getHostAddress(), socket.getPort()).checkServerTrusted(chain, authType,
                    socket);
        }

        @Override
        public void checkServerTrusted(X509Certificate @Nullable [] chain, @Nullable String authType)
                throws CertificateException {
            throw new CertificateException("the peer is unknown without a socket or engine");
        }

        @Override
        public void checkClientTrusted(X509Certificate @Nullable [] chain, @Nullable String authType,
                @Nullable SSLEngine engine) throws CertificateException {
            jdkDefault.checkClientTrusted(chain, authType, engine);
        }

        @Override
        public void checkClientTrusted(X509Certificate @Nullable [] chain, @Nullable String authType,
                @Nullable Socket socket) throws CertificateException {
            jdkDefault.checkClientTrusted(chain, authType, socket);
        }

        @Override
        public void checkClientTrusted(X509Certificate @Nullable [] chain, @Nullable String authType)
                throws CertificateException {
            jdkDefault.checkClientTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return jdkDefault.getAcceptedIssuers();
        }
    }
}
