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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Receives what happens on one live-data WebSocket. Called on the WebSocket client's threads; implementations must
 * return quickly.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public interface StreamListener {

    /** One binary frame; the array is only valid during the call. */
    void onFrame(byte[] data, int offset, int length);

    /**
     * The stream ended.
     *
     * @param code the WebSocket close code (1008 = the device rejected the token, 1006 = connection lost)
     * @param reason a short reason, safe to log
     */
    void onClosed(int code, String reason);
}
