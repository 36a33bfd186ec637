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
 * The binding's timeouts and periods in one place; tests run the same code with shorter ones.
 *
 * @param requestTimeout limit for one HTTP request and for a WebSocket upgrade
 * @param reconnectInitial first reconnect delay; doubles up to {@code reconnectMax}
 * @param reconnectMax longest reconnect delay
 * @param devicePoll period of the REST heartbeat that also reads CPU, temperature and memory (at least 30 s on a
 *            real device, api §4)
 * @param tokenPoll how often a pending access token is checked for the owner's approval
 * @param watchdogPeriod how often the stream watchdog looks for silence
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public record Timings(Duration requestTimeout, Duration reconnectInitial, Duration reconnectMax, Duration devicePoll,
        Duration tokenPoll, Duration watchdogPeriod) {

    public static final Timings DEFAULT = new Timings(Duration.ofSeconds(10), Duration.ofSeconds(1),
            Duration.ofMinutes(2), Duration.ofSeconds(60), Duration.ofSeconds(5), Duration.ofSeconds(5));
}
