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
 * An open live-data WebSocket.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public interface StreamConnection extends AutoCloseable {

    boolean isOpen();

    /** Closes the stream without waiting for the device; idempotent. */
    @Override
    void close();
}
