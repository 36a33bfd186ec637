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

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Trusts exactly one certificate, identified by its SHA-256 fingerprint (certificate pinning, as the KSEM's
 * certificate is self-signed, api §7.8). No CA, host name or validity check applies: the pinned certificate is the
 * identity of the device. Any other certificate is refused and remembered, so that the binding can tell the owner
 * which certificate the device presented instead.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class PinnedTrustManager extends ServerTrustManager {

    private final String fingerprint;
    private volatile @Nullable String rejected;

    /** @param fingerprint the pinned fingerprint in canonical form ({@link CertificateFingerprint}) */
    public PinnedTrustManager(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    /** The fingerprint of the certificate refused in the last handshake, or null if the last one was the pinned one. */
    public @Nullable String getRejectedFingerprint() {
        return rejected;
    }

    @Override
    protected void checkServer(X509Certificate @Nullable [] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("The KSEM presented no certificate");
        }
        String presented = CertificateFingerprint.of(chain[0]);
        if (!fingerprint.equals(presented)) {
            rejected = presented;
            throw new CertificateException("The KSEM presented a certificate other than the pinned one");
        }
        rejected = null;
    }
}
