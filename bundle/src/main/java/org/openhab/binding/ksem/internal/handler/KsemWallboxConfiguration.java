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
 * Configuration of a {@code ksem:wallbox} Thing (OH-INF/config/config.xml).
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class KsemWallboxConfiguration {

    public @Nullable String uuid;
    /** Seconds between two snapshots of the charge mode and the other settings. */
    public int refreshInterval = 60;

    public String uuid() {
        String value = uuid;
        return value == null ? "" : value.trim();
    }
}
