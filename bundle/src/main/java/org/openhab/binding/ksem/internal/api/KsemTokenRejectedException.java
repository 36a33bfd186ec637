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
 * The KSEM no longer accepts the access token: it was revoked, deleted or has expired. The binding must not create a
 * replacement on its own, so that a revocation by the owner sticks.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class KsemTokenRejectedException extends KsemException {

    private static final long serialVersionUID = 1L;

    public KsemTokenRejectedException(String message) {
        super(message);
    }
}
