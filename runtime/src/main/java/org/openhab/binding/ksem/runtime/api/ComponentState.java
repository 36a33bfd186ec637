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

import java.util.List;

/**
 * The state of one Declarative Services component configuration, as SCR's {@code ServiceComponentRuntime} reports it.
 *
 * @param name the component name
 * @param state {@code ACTIVE}, {@code SATISFIED}, {@code UNSATISFIED_REFERENCE}, {@code UNSATISFIED_CONFIGURATION},
 *            {@code FAILED_ACTIVATION}, {@code DISABLED} or {@code NO_CONFIGURATION}
 * @param unsatisfiedReferences the references that keep it from being satisfied
 * @param failure why its activation failed, or null
 *
 * @author KSEM binding contributors
 */
public record ComponentState(String name, String state, List<String> unsatisfiedReferences, String failure) {

    public ComponentState {
        unsatisfiedReferences = List.copyOf(unsatisfiedReferences);
    }

    /** ACTIVE or SATISFIED: the component works (a delayed component is SATISFIED until somebody uses it). */
    public boolean isUsable() {
        return "ACTIVE".equals(state) || "SATISFIED".equals(state);
    }

    @Override
    public String toString() {
        return name + " " + state + (unsatisfiedReferences.isEmpty() ? "" : " missing " + unsatisfiedReferences)
                + (failure == null ? "" : " failure: " + failure);
    }
}
