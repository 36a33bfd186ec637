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

import java.net.URI;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One HTTP request to the KSEM, independent of the HTTP library.
 *
 * @param method HTTP method
 * @param uri full request URI (never carries a secret)
 * @param bearer the token for the {@code Authorization} header, or null
 * @param contentType the body's media type, or null without body
 * @param body the request body, or null
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public record KsemRequest(String method, URI uri, @Nullable String bearer, @Nullable String contentType,
        @Nullable String body) {

    public static KsemRequest get(URI uri, @Nullable String bearer) {
        return new KsemRequest("GET", uri, bearer, null, null);
    }

    /** Keeps the bearer out of log lines and exception messages. */
    @Override
    public String toString() {
        return method + " " + uri.getPath();
    }
}
