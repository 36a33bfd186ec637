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
 * The KSEM closed a WebSocket with 1008 (policy violation): it refused the bearer sent as the first frame (api §1.5).
 * A login session can be renewed and the call retried; an access token cannot.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class KsemStreamRefusedException extends KsemCommunicationException {

    private static final long serialVersionUID = 1L;

    public KsemStreamRefusedException(String message) {
        super(message);
    }
}
