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
package org.openhab.binding.ksem.internal.handler;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ksem.internal.KsemBindingConstants;
import org.openhab.binding.ksem.internal.protocol.GdrVisitor;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the records of the {@code kostal-energyflow/sumvalues} stream (api §3.5) into the {@code energy-flow} channels.
 * Only quantities with a clear meaning are mapped; other keys are ignored and logged once at debug level.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class EnergyFlowChannelMapper implements GdrVisitor {

    /** A flex value's channel and conversion. */
    private record Mapping(ChannelUID channel, ChannelPublisher.RawState toState) {
    }

    private static final int MAX_REPORTED_UNKNOWN = 64;
    /** Energy counters in mWh. */
    static final ChannelPublisher.RawState ENERGY = raw -> new QuantityType<>(Readings.unsigned(raw, 6),
            Units.KILOWATT_HOUR);

    private final Logger logger = LoggerFactory.getLogger(EnergyFlowChannelMapper.class);
    private final ChannelPublisher publisher;
    private final Map<String, Mapping> flex = new HashMap<>();
    private final Map<Integer, ChannelUID> energies = new HashMap<>();
    private final Set<String> reportedUnknown = new HashSet<>();

    public EnergyFlowChannelMapper(ThingUID thing, ChannelPublisher publisher) {
        this.publisher = publisher;
        power(thing, "housePowerTotal", "home-power", false);
        power(thing, "pvPowerTotal", "pv-power", true); // the device reports production as negative
        power(thing, "batteryPowerTotal", "battery-power", false);
        power(thing, "gridPowerTotal", "grid-power", false);
        power(thing, "wallboxPowerTotal", "wallbox-power", false);
        power(thing, "homeConsumptionPV", "home-power-pv", false);
        power(thing, "homeConsumptionBattery", "home-power-battery", false);
        power(thing, "homeConsumptionGrid", "home-power-grid", false);
        flex.put("systemStateOfCharge", new Mapping(channel(thing, "battery-soc"),
                raw -> new QuantityType<>(BigDecimal.valueOf(raw), Units.PERCENT)));
        energy(thing, 1, "grid-energy-import");
        energy(thing, 2, "grid-energy-export");
        energy(thing, 65, "pv-energy");
        energy(thing, 67, "battery-energy-charge");
        energy(thing, 68, "battery-energy-discharge");
        energy(thing, 74, "wallbox-energy");
    }

    private void power(ThingUID thing, String key, String channelId, boolean negate) {
        flex.put(key, new Mapping(channel(thing, channelId),
                raw -> new QuantityType<>(Readings.signed(negate ? -raw : raw, 3), Units.WATT)));
    }

    private void energy(ThingUID thing, int indicator, String channelId) {
        energies.put(indicator, channel(thing, channelId));
    }

    private static ChannelUID channel(ThingUID thing, String channelId) {
        return new ChannelUID(thing, KsemBindingConstants.GROUP_ENERGY_FLOW, channelId);
    }

    @Override
    public void beginRecord(String key) {
    }

    @Override
    public void value(long obisKey, long value) {
        // energy counters are 1-0:C.8.0*255 in mWh; other codes (1.4, 14.4) duplicate the meter stream
        if ((obisKey >>> 32) == 0x0100 && (obisKey & 0xFF_FFFF) == 0x08_00FF) {
            ChannelUID channel = energies.get((int) (obisKey >>> 24) & 0xFF);
            if (channel != null) {
                publisher.publish(channel, value, ENERGY);
            }
        }
    }

    @Override
    public void flexInt(String key, long value) {
        Mapping mapping = flex.get(key);
        if (mapping != null) {
            publisher.publish(mapping.channel(), value, mapping.toState());
        } else {
            reportUnknown(key);
        }
    }

    @Override
    public void flexString(String key, String value) {
        reportUnknown(key);
    }

    private void reportUnknown(String key) {
        synchronized (reportedUnknown) {
            if (reportedUnknown.size() < MAX_REPORTED_UNKNOWN && reportedUnknown.add(key)) {
                logger.debug("Ignoring energy-flow value '{}' without a channel", key);
            }
        }
    }
}
