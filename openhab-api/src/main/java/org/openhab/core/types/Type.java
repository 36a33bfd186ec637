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
package org.openhab.core.types;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Base of all states and commands.
 *
 * @author Kai Kreuzer - Initial contribution (openHAB)
 */
@NonNullByDefault
public interface Type {

    /**
     * Formats the value with a {@link java.util.Formatter} pattern.
     *
     * @param pattern the pattern
     * @return the formatted value
     */
    String format(String pattern);

    /**
     * @return a string from which {@code valueOf(String)} of the implementing class recreates the value
     */
    String toFullString();
}
