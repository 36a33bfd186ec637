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

import java.security.cert.CertificateEncodingException;
import java.time.Duration;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ksem.internal.api.CertificateFetcher;
import org.openhab.binding.ksem.internal.api.CertificateFingerprint;
import org.openhab.binding.ksem.internal.api.KsemCommunicationException;
import org.openhab.binding.ksem.internal.api.KsemEndpoint;
import org.openhab.binding.ksem.internal.api.KsemTlsTrustManagerProvider;
import org.openhab.binding.ksem.internal.api.PinnedTrustManager;
import org.openhab.binding.ksem.internal.api.TlsProviderRegistrar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Certificate pinning on first use for one HTTPS meter: without a configured fingerprint it reads the device's
 * certificate once and hands the fingerprint to the handler to store; then it registers a trust manager provider that
 * accepts exactly that certificate for the device's {@code host:port}, until {@link #close()}.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class CertificatePin {

    private final Logger logger = LoggerFactory.getLogger(CertificatePin.class);
    private final KsemEndpoint endpoint;
    private final TlsProviderRegistrar registrar;
    private final Duration timeout;
    private final Consumer<String> store;

    private final Object lock = new Object();
    private @Nullable String fingerprint;
    private @Nullable PinnedTrustManager trustManager;
    private TlsProviderRegistrar.@Nullable Registration registration;
    private boolean closed;

    /**
     * @param configured the configured fingerprint in canonical form, or null to pin the certificate on first use
     * @param store persists a newly pinned fingerprint (the configuration); it may fail, the pin is kept in memory
     */
    public CertificatePin(KsemEndpoint endpoint, @Nullable String configured, TlsProviderRegistrar registrar,
            Duration timeout, Consumer<String> store) {
        this.endpoint = endpoint;
        this.fingerprint = configured;
        this.registrar = registrar;
        this.timeout = timeout;
        this.store = store;
    }

    /**
     * Makes sure the device's certificate is pinned and the trust manager is registered; reads the certificate over
     * the network on first use. Called in the connect job before every connection attempt.
     */
    public void ensure() throws KsemCommunicationException {
        String pinned;
        synchronized (lock) {
            if (closed) {
                throw new KsemCommunicationException("stopped");
            }
            if (registration != null) {
                return;
            }
            pinned = fingerprint;
        }
        if (pinned == null) {
            try {
                pinned = CertificateFingerprint.of(CertificateFetcher.fetch(endpoint.rest("/"), timeout));
            } catch (CertificateEncodingException e) {
                throw new KsemCommunicationException("the KSEM presented an unreadable certificate");
            }
            synchronized (lock) {
                if (closed) {
                    throw new KsemCommunicationException("stopped");
                }
                fingerprint = pinned;
            }
            logger.debug("Pinned the TLS certificate of {} on first use: SHA-256 {}", endpoint, pinned);
            store.accept(pinned);
        }
        synchronized (lock) {
            if (closed || registration != null) {
                return;
            }
            PinnedTrustManager manager = new PinnedTrustManager(pinned);
            trustManager = manager;
            registration = registrar.register(new KsemTlsTrustManagerProvider(endpoint.hostAndPort(), manager));
        }
    }

    /** The pinned fingerprint, or null before the first certificate was read. */
    public @Nullable String getFingerprint() {
        synchronized (lock) {
            return fingerprint;
        }
    }

    /** The fingerprint the device presented instead of the pinned one in the last refused handshake, or null. */
    public @Nullable String getMismatch() {
        PinnedTrustManager manager;
        synchronized (lock) {
            manager = trustManager;
        }
        return manager == null ? null : manager.getRejectedFingerprint();
    }

    /** Unregisters the trust manager provider; idempotent. */
    public void close() {
        TlsProviderRegistrar.Registration current;
        synchronized (lock) {
            closed = true;
            current = registration;
            registration = null;
        }
        if (current != null) {
            current.unregister();
        }
    }
}
