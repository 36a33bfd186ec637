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
 * The credentials are valid but their role does not allow the call (HTTP 403), e.g. a write with an access token of
 * role {@code api}.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class KsemForbiddenException extends KsemException {

    private static final long serialVersionUID = 1L;

    public KsemForbiddenException(String message) {
        super(message);
    }
}
