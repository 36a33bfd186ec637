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
 * A handler updated the state of a channel.
 *
 * @param thing the Thing UID
 * @param channel the channel UID, e.g. {@code ksem:meter:home:grid#power-import}
 * @param state the value without its unit ({@code 1234.5}), or the state's text ({@code valid}, {@code UNDEF})
 * @param unit the unit symbol ({@code W}, {@code kWh}), or null for states without a unit
 * @param timestamp when it was updated
 *
 * @author KSEM binding contributors
 */
public record ChannelStateEvent(String thing, String channel, String state, String unit, Instant timestamp)
        implements ThingEvent {

    /** The channel id within the Thing, e.g. {@code grid#power-import}. */
    public String channelId() {
        return channel.startsWith(thing + ":") ? channel.substring(thing.length() + 1) : channel;
    }

    /** The state with its unit, e.g. {@code 1234.5 W}. */
    public String stateText() {
        return unit == null ? state : state + " " + unit;
    }

    @Override
    public String logLine() {
        return "Channel '" + channel + "' updated to " + stateText();
    }
}
