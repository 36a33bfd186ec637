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
 * A Thing changed its status.
 *
 * @param thing the Thing UID
 * @param status {@code ThingStatus} name, e.g. {@code ONLINE}
 * @param detail {@code ThingStatusDetail} name, e.g. {@code CONFIGURATION_PENDING}; {@code NONE} if there is none
 * @param description the status description translated from the add-on's i18n texts, or null
 * @param descriptionKey the i18n key of the description ({@code offline.conf-error-wrong-password}), or null when the
 *            description was plain text
 * @param previous the status before, as {@link #statusText()} shows it
 * @param timestamp when it changed
 *
 * @author KSEM binding contributors
 */
public record ThingStatusEvent(String thing, String status, String detail, String description,
        String descriptionKey, String previous, Instant timestamp) implements ThingEvent {

    public static final String NO_DETAIL = "NONE";

    public boolean is(String expectedStatus, String expectedDetail) {
        return status.equals(expectedStatus) && detail.equals(expectedDetail);
    }

    /** {@code ONLINE} or {@code ONLINE (CONFIGURATION_PENDING)}, as openHAB prints a status. */
    public String statusText() {
        return NO_DETAIL.equals(detail) ? status : status + " (" + detail + ")";
    }

    @Override
    public String logLine() {
        String text = description == null || description.isEmpty() ? "" : ": " + description;
        return "Thing '" + thing + "' changed from " + previous + " to " + statusText() + text;
    }
}
