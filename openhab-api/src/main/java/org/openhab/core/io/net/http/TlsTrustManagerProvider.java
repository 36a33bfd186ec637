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
package org.openhab.core.io.net.http;

import javax.net.ssl.X509ExtendedTrustManager;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Provides the trust manager used for connections to {@link #getHostName()} (e.g. to pin a self-signed
 * certificate).
 *
 * @author Jan N. Klug - Initial contribution (openHAB)
 */
@NonNullByDefault
public interface TlsTrustManagerProvider extends TlsProvider {

    X509ExtendedTrustManager getTrustManager();
}
