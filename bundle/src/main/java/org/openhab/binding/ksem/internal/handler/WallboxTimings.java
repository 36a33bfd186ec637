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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Periods of a wallbox handler; tests run the same code with shorter ones.
 *
 * @param poll how often the wallbox list (state) and the e-mobility state (charging power) are read over REST
 * @param minimumRefresh lower limit of the configured {@code refreshInterval} (charge mode snapshot and settings)
 * @param followUp delay of a second read after a write whose first re-read did not show the written value yet
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public record WallboxTimings(Duration poll, Duration minimumRefresh, Duration followUp) {

    public static final WallboxTimings DEFAULT = new WallboxTimings(Duration.ofSeconds(10), Duration.ofSeconds(15),
            Duration.ofSeconds(2));
}
