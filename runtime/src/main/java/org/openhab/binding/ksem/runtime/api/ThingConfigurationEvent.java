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
package org.openhab.binding.ksem.runtime.api;

import java.time.Instant;
import java.util.List;

/**
 * The configuration a handler changed was stored (in {@code things.json}). It names parameters, never their values:
 * they may be secrets (passwords, access tokens).
 *
 * @param thing the Thing UID
 * @param parameters the names of all parameters the Thing has now, sorted
 * @param changed the names of the parameters that were added, changed or removed, sorted
 * @param timestamp when it was stored
 *
 * @author KSEM binding contributors
 */
public record ThingConfigurationEvent(String thing, List<String> parameters, List<String> changed, Instant timestamp)
        implements ThingEvent {

    public ThingConfigurationEvent {
        parameters = List.copyOf(parameters);
        changed = List.copyOf(changed);
    }

    public boolean has(String parameter) {
        return parameters.contains(parameter);
    }

    @Override
    public String logLine() {
        return "Thing '" + thing + "' configuration stored (changed: " + String.join(", ", changed) + ")";
    }
}
