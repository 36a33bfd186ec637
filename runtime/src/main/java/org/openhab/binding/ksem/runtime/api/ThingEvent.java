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

/**
 * What the runtime reports about a Thing: status changes, channel updates and stored configurations. The events are
 * plain data (strings), so that code outside the OSGi framework can use them without openHAB's classes.
 *
 * @author KSEM binding contributors
 */
public sealed interface ThingEvent permits ThingStatusEvent, ChannelStateEvent, ThingConfigurationEvent {

    /** The Thing UID, e.g. {@code ksem:meter:home}. */
    String thing();

    Instant timestamp();

    /** The line openHAB's event log would show for this event. */
    String logLine();
}
