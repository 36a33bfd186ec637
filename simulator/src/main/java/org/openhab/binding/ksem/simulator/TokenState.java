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

import java.util.Locale;

/** Where an access token is in its life: made, approved in the web interface, or withdrawn. */
public enum TokenState {
    PENDING,
    AUTHORISED,
    REVOKED;

    /** The spelling used in the JSON bodies. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
