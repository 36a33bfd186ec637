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
package org.openhab.binding.ksem.runtime.platform;

import java.time.Instant;

import org.openhab.binding.ksem.runtime.api.ChannelStateEvent;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.types.State;

/**
 * Splits an openHAB state into the value and unit that {@link ChannelStateEvent} carries: {@code 1234.5 W} becomes
 * {@code 1234.5} and {@code W}.
 *
 * @author KSEM binding contributors
 */
final class StateText {

    private StateText() {
    }

    static ChannelStateEvent event(ChannelUID channel, State state, Instant timestamp) {
        String value = state.toFullString();
        String unit = null;
        if (state instanceof QuantityType<?> quantity) {
            value = quantity.toBigDecimal().toPlainString();
            String full = quantity.toFullString();
            if (full.length() > value.length() && full.startsWith(value)) {
                unit = full.substring(value.length()).trim();
            }
        }
        return new ChannelStateEvent(channel.getThingUID().getAsString(), channel.getAsString(), value, unit,
                timestamp);
    }
}
