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
package org.openhab.core.thing.binding;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A service bound to one thing handler (discovery, actions, ...), see {@link ThingHandler#getServices()}.
 *
 * @author Stefan Triller - Initial contribution (openHAB)
 */
@NonNullByDefault
public interface ThingHandlerService {

    void setThingHandler(ThingHandler handler);

    @Nullable
    ThingHandler getThingHandler();

    /**
     * Called by the framework when the service is activated (OSGi lifecycle).
     */
    default void activate() {
    }

    /**
     * Called by the framework when the service is deactivated (OSGi lifecycle).
     */
    default void deactivate() {
    }

    /**
     * Called after the thing handler has been set.
     */
    default void initialize() {
    }

    /**
     * Called before the service is disposed.
     */
    default void dispose() {
    }
}
