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

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Signs and verifies RS256 JWTs with the device key, an RSA-2048 key pair of this simulator (from
 * {@link KeyPairSupply}; signing waits for it if it is still being made). {@link #rotate()} replaces the key, which
 * invalidates every JWT signed before; the epoch tells callers which key a JWT was checked against.
 */
final class JwtSigner {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String HEADER = ENCODER.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(UTF_8));
    private static final String ALGORITHM = "SHA256withRSA";

    /** A JWT whose signature matched the key of {@code epoch}. */
    record VerifiedJwt(JsonObject claims, long epoch) {
    }

    private record SigningKey(long epoch, CompletableFuture<KeyPair> pair) {
    }

    private final Supplier<CompletableFuture<KeyPair>> keys;
    private volatile SigningKey current;

    JwtSigner(Supplier<CompletableFuture<KeyPair>> keys) {
        this.keys = keys;
        this.current = new SigningKey(0, keys.get());
    }

    long epoch() {
        return current.epoch();
    }

    synchronized void rotate() {
        current = new SigningKey(current.epoch() + 1, keys.get());
    }

    String sign(JsonObject claims) {
        String input = HEADER + "." + ENCODER.encodeToString(claims.toString().getBytes(UTF_8));
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(current.pair().join().getPrivate());
            signature.update(input.getBytes(UTF_8));
            return input + "." + ENCODER.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK cannot sign with " + ALGORITHM, e);
        }
    }

    /** The claims of a well-formed RS256 JWT signed with the current key; empty for anything else. */
    Optional<VerifiedJwt> verify(String jwt) {
        String[] parts = jwt.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        SigningKey key = current;
        try {
            JsonObject header = JsonParser.parseString(new String(DECODER.decode(parts[0]), UTF_8)).getAsJsonObject();
            if (!header.has("alg") || !"RS256".equals(header.get("alg").getAsString())) {
                return Optional.empty();
            }
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key.pair().join().getPublic());
            signature.update((parts[0] + "." + parts[1]).getBytes(UTF_8));
            if (!signature.verify(DECODER.decode(parts[2]))) {
                return Optional.empty();
            }
            JsonObject claims = JsonParser.parseString(new String(DECODER.decode(parts[1]), UTF_8)).getAsJsonObject();
            return Optional.of(new VerifiedJwt(claims, key.epoch()));
        } catch (IllegalArgumentException | IllegalStateException | JsonParseException | GeneralSecurityException e) {
            // Not base64url, not JSON, not an object or a broken signature: simply not a valid token.
            return Optional.empty();
        }
    }
}
