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

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The open WebSockets, so that faults can reach all of them. */
final class SocketRegistry {

    private final Set<GdrSocket> sockets = ConcurrentHashMap.newKeySet();

    void add(GdrSocket socket) {
        sockets.add(socket);
    }

    void remove(GdrSocket socket) {
        sockets.remove(socket);
    }

    int size() {
        return sockets.size();
    }

    void closeAll(int statusCode, String reason) {
        List.copyOf(sockets).forEach(socket -> socket.close(statusCode, reason));
    }

    void disconnectAll() {
        List.copyOf(sockets).forEach(GdrSocket::disconnect);
    }
}
