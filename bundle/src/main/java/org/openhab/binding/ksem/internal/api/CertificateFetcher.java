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
package org.openhab.binding.ksem.internal.api;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Reads the certificate a KSEM presents, for pinning on first use: one TLS handshake whose trust manager records the
 * presented chain and then refuses it, so the handshake ends before any request is sent. Nothing is ever trusted
 * here; trust comes only from the {@link PinnedTrustManager} afterwards.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class CertificateFetcher {

    private CertificateFetcher() {
    }

    /**
     * @param uri any {@code https} URI of the device (host and port are used)
     * @param timeout limit for the TCP connect and for the handshake
     * @return the certificate the device presents for itself (the first of its chain)
     */
    public static X509Certificate fetch(URI uri, Duration timeout) throws KsemCommunicationException {
        String host = uri.getHost();
        if (host == null) {
            throw new KsemCommunicationException("no host in " + uri);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = uri.getPort() > 0 ? uri.getPort() : 443;
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        Recorder recorder = new Recorder();
        SSLContext context;
        try {
            context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] { recorder }, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK offers no TLS", e);
        }
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(host, port), millis);
            plain.setSoTimeout(millis);
            try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, false)) {
                socket.startHandshake();
            } catch (IOException e) {
                // expected: the recorder refuses every certificate once it has seen it
            }
        } catch (IOException e) {
            throw new KsemCommunicationException(KsemHttpTransport.describe(e));
        }
        X509Certificate presented = recorder.presented;
        if (presented == null) {
            throw new KsemCommunicationException("the TLS handshake ended before the KSEM presented a certificate");
        }
        return presented;
    }

    /** Records the server's certificate and refuses it. */
    private static final class Recorder extends ServerTrustManager {

        volatile @Nullable X509Certificate presented;

        @Override
        protected void checkServer(X509Certificate @Nullable [] chain) throws CertificateException {
            if (chain != null && chain.length > 0) {
                presented = chain[0];
            }
            throw new CertificateException("certificate recorded for pinning, not trusted");
        }
    }
}
