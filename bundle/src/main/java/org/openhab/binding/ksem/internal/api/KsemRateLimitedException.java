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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The KSEM (or the binding's own login throttle) refused a login because the last one was too recent (HTTP 429).
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class KsemRateLimitedException extends KsemException {

    private static final long serialVersionUID = 1L;
    private final Duration retryAfter;

    public KsemRateLimitedException(Duration retryAfter) {
        super("Too many logins; retry in " + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    public Duration getRetryAfter() {
        return retryAfter;
    }
}
