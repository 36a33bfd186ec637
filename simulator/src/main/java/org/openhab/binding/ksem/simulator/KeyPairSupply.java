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

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Hands out fresh RSA-2048 key pairs. Generating one takes 0.1 to 1 s, so one spare is always being made in the
 * background: a test suite that starts dozens of simulators does not wait for each key, yet every simulator (and
 * every rotation) still gets a key of its own.
 */
final class KeyPairSupply {

    static final KeyPairSupply SHARED = new KeyPairSupply();

    private final ThreadPoolExecutor generator;
    private CompletableFuture<KeyPair> spare;

    private KeyPairSupply() {
        generator = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "ksem-sim-keygen");
            thread.setDaemon(true);
            return thread;
        });
        generator.allowCoreThreadTimeOut(true);
    }

    /** A key pair no one else got; usually ready at once. */
    synchronized CompletableFuture<KeyPair> next() {
        CompletableFuture<KeyPair> taken = spare != null ? spare : generate();
        spare = generate();
        return taken;
    }

    private CompletableFuture<KeyPair> generate() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                KeyPairGenerator pairs = KeyPairGenerator.getInstance("RSA");
                pairs.initialize(2048);
                return pairs.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("The JDK has no RSA", e);
            }
        }, generator);
    }
}
