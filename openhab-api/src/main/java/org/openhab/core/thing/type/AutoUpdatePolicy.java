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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Whether the framework should update an item's state automatically after a command.
 *
 * @author Simon Kaufmann - Initial contribution (openHAB)
 */
@NonNullByDefault
public enum AutoUpdatePolicy {
    VETO,
    DEFAULT,
    RECOMMEND;

    /**
     * @param input the policy name (any case) or {@code null}
     * @return the policy or {@code null} for {@code null} input
     * @throws IllegalArgumentException for an unknown name
     */
    public static @Nullable AutoUpdatePolicy parse(@Nullable String input) {
        if (input == null) {
            return null;
        }
        for (AutoUpdatePolicy value : values()) {
            if (value.name().equalsIgnoreCase(input)) {
                return value;
            }
        }
        throw new IllegalArgumentException("Unknown auto update policy: '" + input + "'");
    }
}
