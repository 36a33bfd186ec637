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
package org.openhab.core.thing.type;

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Kind of a channel: carries state or fires triggers.
 *
 * @author Moritz Kammerer - Initial contribution (openHAB)
 */
@NonNullByDefault
public enum ChannelKind {
    STATE,
    TRIGGER;

    /**
     * @param input "state" or "trigger" (any case); {@code null} means STATE
     * @return the kind
     * @throws IllegalArgumentException for other input
     */
    public static ChannelKind parse(@Nullable String input) {
        if (input == null) {
            return STATE;
        }
        for (ChannelKind value : values()) {
            if (value.name().equalsIgnoreCase(input)) {
                return value;
            }
        }
        throw new IllegalArgumentException("Unknown channel kind: '" + input.toLowerCase(Locale.ROOT) + "'");
    }
}
