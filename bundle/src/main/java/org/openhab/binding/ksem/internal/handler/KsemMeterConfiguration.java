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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Configuration of a {@code ksem:meter} Thing (OH-INF/config/meter.xml; docs/design.md).
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class KsemMeterConfiguration {

    public static final String ROLE_API = "api";
    public static final String ROLE_ADMIN = "admin";

    public @Nullable String hostname;
    public @Nullable String password;
    public @Nullable String accessToken;
    public @Nullable String tokenRole = ROLE_API;
    public int updateInterval = 5;
    public boolean useHttps;
    public @Nullable String certificateFingerprint;
    public int watchdogTimeout = 30;

    public String hostname() {
        return trim(hostname);
    }

    public String password() {
        return trim(password);
    }

    public String accessToken() {
        return trim(accessToken);
    }

    public String tokenRole() {
        return ROLE_ADMIN.equals(trim(tokenRole)) ? ROLE_ADMIN : ROLE_API;
    }

    public String certificateFingerprint() {
        return trim(certificateFingerprint);
    }

    private static String trim(@Nullable String value) {
        return value == null ? "" : value.trim();
    }
}
