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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * Creates Jetty HTTP clients for bindings (an OSGi service). The HTTP/2 members of the real interface are not
 * declared here.
 *
 * @author Michael Bock - Initial contribution (openHAB)
 */
@NonNullByDefault
public interface HttpClientFactory {

    /**
     * Creates a new, not yet started client; the caller starts and stops it.
     *
     * @param consumerName 4-20 characters of {@code [a-zA-Z0-9-_]}
     */
    HttpClient createHttpClient(String consumerName);

    /**
     * Like {@link #createHttpClient(String)} with an own SSL context factory.
     */
    HttpClient createHttpClient(String consumerName, @Nullable SslContextFactory sslContextFactory);

    /**
     * @return the shared, started client: never configure or stop it
     */
    HttpClient getCommonHttpClient();
}
