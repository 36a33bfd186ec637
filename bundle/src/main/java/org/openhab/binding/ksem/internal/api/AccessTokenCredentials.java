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
 * An access token the owner authorised in the KSEM web interface, used as bearer exactly like a login session.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class AccessTokenCredentials implements Credentials {

    private final String token;

    public AccessTokenCredentials(String token) {
        this.token = token;
    }

    @Override
    public String bearer() {
        return token;
    }

    @Override
    public void rejected(String bearer) throws KsemTokenRejectedException {
        throw new KsemTokenRejectedException("The KSEM rejected the access token");
    }

    @Override
    public boolean isAccessToken() {
        return true;
    }

    @Override
    public String toString() {
        return "access token";
    }
}
