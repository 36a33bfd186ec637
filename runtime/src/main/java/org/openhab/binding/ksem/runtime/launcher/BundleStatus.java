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
package org.openhab.binding.ksem.runtime.launcher;

/**
 * One installed bundle as the runtime reports it.
 *
 * @param id the bundle id
 * @param symbolicName its symbolic name
 * @param version its version
 * @param state {@code ACTIVE}, {@code RESOLVED}, {@code INSTALLED}, ...
 * @param fragment whether it is a fragment (never ACTIVE, RESOLVED is fine)
 * @param problem why it could not start (e.g. the unresolved requirement), or null
 *
 * @author KSEM binding contributors
 */
public record BundleStatus(long id, String symbolicName, String version, String state, boolean fragment,
        String problem) {

    public boolean isHealthy() {
        return problem == null && ("ACTIVE".equals(state) || (fragment && "RESOLVED".equals(state)));
    }

    @Override
    public String toString() {
        return symbolicName + " " + version + " [" + id + "] " + state + (problem == null ? "" : ": " + problem);
    }
}
