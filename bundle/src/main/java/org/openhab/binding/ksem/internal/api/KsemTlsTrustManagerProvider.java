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

import javax.net.ssl.X509ExtendedTrustManager;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.io.net.http.TlsTrustManagerProvider;

/**
 * The trust openHAB's shared HTTP and WebSocket clients apply to one KSEM: its {@code host:port} with the pinned
 * certificate. Registered as an OSGi service while the Thing runs; openHAB's {@code ExtensibleTrustManager} picks it
 * by the peer's {@code host:port}.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class KsemTlsTrustManagerProvider implements TlsTrustManagerProvider {

    private final String hostAndPort;
    private final PinnedTrustManager trustManager;

    public KsemTlsTrustManagerProvider(String hostAndPort, PinnedTrustManager trustManager) {
        this.hostAndPort = hostAndPort;
        this.trustManager = trustManager;
    }

    @Override
    public String getHostName() {
        return hostAndPort;
    }

    @Override
    public X509ExtendedTrustManager getTrustManager() {
        return trustManager;
    }

    @Override
    public String toString() {
        return "pinned certificate " + trustManager.getFingerprint() + " for " + hostAndPort;
    }
}
