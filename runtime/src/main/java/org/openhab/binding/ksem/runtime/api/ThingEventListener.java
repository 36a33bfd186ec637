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

/**
 * Receives every {@link ThingEvent} of the runtime. Register implementations as OSGi services (whiteboard); the
 * platform calls them on the thread that caused the event, so they must return quickly and never block.
 *
 * @author KSEM binding contributors
 */
@FunctionalInterface
public interface ThingEventListener {

    void onEvent(ThingEvent event);
}
