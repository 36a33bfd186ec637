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
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.websocket.client.WebSocketClient;

/**
 * Creates Jetty WebSocket clients for bindings (an OSGi service).
 *
 * @author Simon Kaufmann - Initial contribution (openHAB)
 */
@NonNullByDefault
public interface WebSocketFactory {

    /**
     * Creates a new, not yet started client; the caller starts and stops it.
     *
     * @param consumerName 4-20 characters of {@code [a-zA-Z0-9-_]}
     */
    WebSocketClient createWebSocketClient(String consumerName);

    /**
     * Like {@link #createWebSocketClient(String)} with an own SSL context factory.
     */
    WebSocketClient createWebSocketClient(String consumerName, @Nullable SslContextFactory sslContextFactory);

    /**
     * @return the shared, started client: never configure or stop it
     */
    WebSocketClient getCommonWebSocketClient();
}
