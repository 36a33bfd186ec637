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
 * Supplies the bearer token for REST calls and streams: either a login session from the password, or an access token.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public interface Credentials {

    /** The bearer to use now; may log in. */
    String bearer() throws KsemException;

    /**
     * The device refused {@code bearer} (HTTP 401 or WebSocket close 1008). A login session is dropped so that the next
     * {@link #bearer()} logs in again; an access token cannot be renewed, so this throws
     * {@link KsemTokenRejectedException}.
     */
    void rejected(String bearer) throws KsemException;

    /** True for an access token, false for a password login. */
    boolean isAccessToken();
}
