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
package org.openhab.binding.ksem.simulator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A device-generated TLS identity as the KSEM has one (api §7.8): an RSA-2048 key and a self-signed X.509 v3
 * certificate with CN {@code <hostname>.local}, valid from 1970-01-01 for 36 525 days. Encoded by hand in DER so that
 * the simulator needs neither keytool nor a crypto library beyond the JDK.
 */
final class SelfSignedCertificate {

    static final char[] KEY_STORE_PASSWORD = "ksem-simulator".toCharArray();
    static final String ALIAS = "ksem";

    private static final byte[] SHA256_WITH_RSA = { 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01,
            0x01, 0x0B }; // 1.2.840.113549.1.1.11
    private static final byte[] COMMON_NAME = { 0x55, 0x04, 0x03 }; // 2.5.4.3
    private static final SecureRandom RANDOM = new SecureRandom();

    private final X509Certificate certificate;
    private final KeyStore keyStore;

    private SelfSignedCertificate(X509Certificate certificate, KeyStore keyStore) {
        this.certificate = certificate;
        this.keyStore = keyStore;
    }

    /** A new key pair and certificate; takes a few ms when {@link KeyPairSupply} has a spare key ready. */
    static SelfSignedCertificate generate(String commonName) {
        KeyPair pair = KeyPairSupply.SHARED.next().join();
        try {
            byte[] algorithm = sequence(oid(SHA256_WITH_RSA), new byte[] { 0x05, 0x00 });
            byte[] cn = tlv(0x0C, commonName.getBytes(StandardCharsets.UTF_8));
            byte[] name = sequence(set(sequence(oid(COMMON_NAME), cn)));
            byte[] validity = sequence(tlv(0x17, ascii("700101000000Z")), tlv(0x18, ascii("20700101000000Z")));
            BigInteger serial = new BigInteger(63, RANDOM).add(BigInteger.ONE);
            byte[] tbs = sequence(tlv(0xA0, integer(BigInteger.TWO)), integer(serial), algorithm, name, validity, name,
                    pair.getPublic().getEncoded());
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(pair.getPrivate());
            signer.update(tbs);
            byte[] signature = signer.sign();
            byte[] bitString = new byte[signature.length + 1];
            System.arraycopy(signature, 0, bitString, 1, signature.length);
            byte[] der = sequence(tbs, algorithm, tlv(0x03, bitString));
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, null);
            keyStore.setKeyEntry(ALIAS, pair.getPrivate(), KEY_STORE_PASSWORD,
                    new java.security.cert.Certificate[] { certificate });
            return new SelfSignedCertificate(certificate, keyStore);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("The JDK cannot create a self-signed certificate", e);
        }
    }

    X509Certificate certificate() {
        return certificate;
    }

    KeyStore keyStore() {
        return keyStore;
    }

    /** SHA-256 of the DER certificate, upper-case hex pairs separated by colons. */
    String sha256Fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }

    private static byte[] ascii(String text) {
        return text.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] oid(byte[] encoded) {
        return tlv(0x06, encoded);
    }

    private static byte[] integer(BigInteger value) {
        return tlv(0x02, value.toByteArray());
    }

    private static byte[] sequence(byte[]... parts) {
        return tlv(0x30, concat(parts));
    }

    private static byte[] set(byte[]... parts) {
        return tlv(0x31, concat(parts));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** One DER tag-length-value; lengths in the short or long form. */
    private static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = value.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = length > 0xFFFF ? 3 : length > 0xFF ? 2 : 1;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(value);
        return out.toByteArray();
    }
}
