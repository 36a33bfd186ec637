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
 * Looks into the running platform from outside the framework: what tests and the demo need to check the wiring.
 * Registered as an OSGi service by the platform bundle.
 *
 * @author KSEM binding contributors
 */
public interface RuntimeInspector {

    /** The DS components of a bundle, from SCR's {@code ServiceComponentRuntime}; empty while SCR has not seen it. */
    List<ComponentState> components(String bundleSymbolicName);

    /**
     * The class names of the {@code ThingHandlerService}s bound to the handler of a Thing (e.g. its Thing actions),
     * empty if the Thing has no handler.
     */
    List<String> handlerServices(String thingUID);

    /**
     * Runs an openHAB console command of an add-on, e.g. {@code console("ksem", "ksem:meter:home", "token", "check")}.
     *
     * @return what the command printed
     * @throws IllegalArgumentException if no add-on offers the command
     */
    String console(String command, String... arguments);
}
