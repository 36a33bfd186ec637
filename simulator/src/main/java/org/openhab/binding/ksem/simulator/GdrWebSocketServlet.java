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

import java.util.Map;

/**
 * {@code /api/data-transfer/ws/*}: the protobuf value topics.
 */
final class GdrWebSocketServlet extends BearerSocketServlet {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, TopicStream> streamsByPath;
    private final transient BearerAuthenticator authenticator;
    private final transient SocketRegistry registry;
    private final transient SimulatorStats stats;

    GdrWebSocketServlet(Map<String, TopicStream> streamsByPath, BearerAuthenticator authenticator,
            SocketRegistry registry, SimulatorStats stats) {
        this.streamsByPath = Map.copyOf(streamsByPath);
        this.authenticator = authenticator;
        this.registry = registry;
        this.stats = stats;
    }

    @Override
    protected BearerSocket socketFor(String path) {
        TopicStream stream = streamsByPath.get(path);
        return stream == null ? null : new GdrSocket(stream, authenticator, registry, stats);
    }
}
