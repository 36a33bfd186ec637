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

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.openhab.core.io.net.http.TlsTrustManagerProvider;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The TLS trust of the shared clients, as openHAB's {@code ExtensibleTrustManagerImpl}: a
 * {@link TlsTrustManagerProvider} service whose host name is the peer's {@code host:port} (or {@code host}) decides,
 * e.g. an add-on's pinned certificate; every other peer gets the JDK's default trust. Endpoint identification is
 * off, as in openHAB, because checking the host is the provider's business.
 *
 * @author KSEM binding contributors
 */
final class ExtensibleTrustManager extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager jdkDefault;
    private final ServiceTracker<TlsTrustManagerProvider, TlsTrustManagerProvider> providers;

    ExtensibleTrustManager(BundleContext context) throws GeneralSecurityException {
        this.jdkDefault = jdkDefault();
        this.providers = new ServiceTracker<>(context, TlsTrustManagerProvider.class, null);
    }

    void open() {
        providers.open();
    }

    void close() {
        providers.close();
    }

    /** For the shared clients: TLS with this trust. */
    SslContextFactory.Client newSslContextFactory() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] { this }, null);
        SslContextFactory.Client factory = new SslContextFactory.Client();
        factory.setSslContext(context);
        factory.setEndpointIdentificationAlgorithm(null);
        return factory;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        X509ExtendedTrustManager trust = engine == null ? jdkDefault : forPeer(engine.getPeerHost(), engine.getPeerPort());
        trust.checkServerTrusted(chain, authType, engine);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        SSLSession session = socket instanceof SSLSocket ssl ? ssl.getHandshakeSession() : null;
        X509ExtendedTrustManager trust = session == null ? jdkDefault
                : forPeer(session.getPeerHost(), session.getPeerPort());
        trust.checkServerTrusted(chain, authType, socket);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        jdkDefault.checkServerTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        jdkDefault.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        jdkDefault.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        jdkDefault.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return jdkDefault.getAcceptedIssuers();
    }

    private X509ExtendedTrustManager forPeer(String host, int port) {
        TlsTrustManagerProvider byHost = null;
        for (TlsTrustManagerProvider provider : providers.getServices(new TlsTrustManagerProvider[0])) {
            String name = provider.getHostName();
            if (name.equals(host + ":" + port)) {
                return provider.getTrustManager();
            } else if (name.equals(host)) {
                byHost = provider;
            }
        }
        return byHost != null ? byHost.getTrustManager() : jdkDefault;
    }

    private static X509ExtendedTrustManager jdkDefault() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager extended) {
                return extended;
            }
        }
        throw new GeneralSecurityException("The JDK has no default X509 trust manager");
    }
}
