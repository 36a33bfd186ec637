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

import static org.junit.jupiter.api.Assertions.*;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * Fingerprints as owners type them, and a trust manager that trusts nothing without a certificate.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class CertificateFingerprintTest {

    private static final String CANONICAL = "01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:"
            + "01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF";

    @Test
    void typedFingerprintsAreNormalised() {
        assertEquals(CANONICAL, CertificateFingerprint.normalise(CANONICAL));
        assertEquals(CANONICAL, CertificateFingerprint.normalise(CANONICAL.toLowerCase().replace(":", "")));
        assertEquals(CANONICAL, CertificateFingerprint.normalise(" " + CANONICAL.replace(':', ' ') + " "));
        assertEquals(CANONICAL, CertificateFingerprint.normalise(CANONICAL.replace(':', '-')));
    }

    @Test
    void anythingElseIsRefused() {
        assertNull(CertificateFingerprint.normalise(""));
        assertNull(CertificateFingerprint.normalise(CANONICAL.substring(3)), "SHA-1 length or shorter");
        assertNull(CertificateFingerprint.normalise(CANONICAL.replace('A', 'G')));
        assertNull(CertificateFingerprint.normalise(CANONICAL + ":00"));
    }

    @Test
    void thePinnedTrustManagerRefusesAnEmptyChainAndClients() {
        PinnedTrustManager manager = new PinnedTrustManager(CANONICAL);
        assertThrows(CertificateException.class, () -> manager.checkServerTrusted(new X509Certificate[0], "RSA"));
        assertThrows(CertificateException.class, () -> manager.checkServerTrusted(null, "RSA"));
        assertThrows(CertificateException.class, () -> manager.checkClientTrusted(new X509Certificate[0], "RSA"));
        assertEquals(0, manager.getAcceptedIssuers().length);
        assertNull(manager.getRejectedFingerprint());
    }
}
