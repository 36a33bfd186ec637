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
 * Base of everything that can go wrong talking to a KSEM. Messages are safe to show and log: they never contain a
 * password or a token.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class KsemException extends Exception {

    private static final long serialVersionUID = 1L;

    protected KsemException(String message) {
        super(message);
    }
}
