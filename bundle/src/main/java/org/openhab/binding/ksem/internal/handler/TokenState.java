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
package org.openhab.binding.ksem.internal.handler;

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Where the Thing's access token stands, as shown on the {@code device#token-state} channel.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public enum TokenState {
    /** No token: the binding runs on the password or has no credentials. */
    NONE,
    /** A token was requested and waits for the owner's approval in the KSEM web interface. */
    PENDING,
    /** The token is in use. */
    VALID,
    /** The KSEM refused the token (revoked, deleted or expired). */
    REJECTED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
