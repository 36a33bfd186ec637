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
 * The KSEM answered with an HTTP status the caller did not expect (e.g. 404 for an endpoint this firmware lacks).
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class KsemHttpStatusException extends KsemException {

    private static final long serialVersionUID = 1L;
    private final int status;

    public KsemHttpStatusException(int status, String path) {
        super("HTTP " + status + " for " + path);
        this.status = status;
    }

    public int getStatus() {
        return status;
    }

    /** True when the device does not offer the endpoint at all (404 Not Found, 405 Method Not Allowed). */
    public boolean isNotSupported() {
        return status == 404 || status == 405;
    }
}
