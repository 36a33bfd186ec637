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

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * SHA-256 fingerprints of TLS certificates in the form browsers show and the {@code certificateFingerprint}
 * parameter stores: 32 upper-case hex pairs separated by colons.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class CertificateFingerprint {

    private static final int SHA256_HEX_DIGITS = 64;
    private static final HexFormat FORMAT = HexFormat.ofDelimiter(":").withUpperCase();

    private CertificateFingerprint() {
    }

    /** The SHA-256 fingerprint of the certificate's DER encoding. */
    public static String of(X509Certificate certificate) throws CertificateEncodingException {
        try {
            return FORMAT.formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }

    /**
     * Normalises a fingerprint typed or pasted by the owner: colons, spaces and dashes are ignored, case does not
     * matter.
     *
     * @return the canonical form, or null if it is not 64 hex digits
     */
    public static @org.eclipse.jdt.annotation.Nullable String normalise(String fingerprint) {
        String digits = fingerprint.replaceAll("[\\s:\\-]", "").toUpperCase(Locale.ROOT);
        if (digits.length() != SHA256_HEX_DIGITS || !digits.matches("[0-9A-F]+")) {
            return null;
        }
        return FORMAT.formatHex(HexFormat.of().parseHex(digits));
    }
}
