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
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.MetricPrefix;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.State;

/**
 * The quantities of the smart-meter stream (api §3.4) and the channel each one feeds. The OBIS indicator C of the total
 * is given; a phase adds 20 (L1), 40 (L2) or 60 (L3).
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
enum MeterQuantity implements ChannelPublisher.RawState {
    POWER_IMPORT("power-import", 1, 4, 3, Scope.BOTH, v -> new QuantityType<>(v, Units.WATT)),
    POWER_EXPORT("power-export", 2, 4, 3, Scope.BOTH, v -> new QuantityType<>(v, Units.WATT)),
    REACTIVE_POWER_IMPORT("reactive-power-import", 3, 4, 3, Scope.BOTH, v -> new QuantityType<>(v, Units.VAR)),
    REACTIVE_POWER_EXPORT("reactive-power-export", 4, 4, 3, Scope.BOTH, v -> new QuantityType<>(v, Units.VAR)),
    APPARENT_POWER_IMPORT("apparent-power-import", 9, 4, 3, Scope.BOTH, v -> new QuantityType<>(v, Units.VOLT_AMPERE)),
    APPARENT_POWER_EXPORT("apparent-power-export", 10, 4, 3, Scope.BOTH, v -> new QuantityType<>(v, Units.VOLT_AMPERE)),
    CURRENT("current", 11, 4, 3, Scope.PHASE, v -> new QuantityType<>(v, Units.AMPERE)),
    VOLTAGE("voltage", 12, 4, 3, Scope.PHASE, v -> new QuantityType<>(v, Units.VOLT)),
    POWER_FACTOR("power-factor", 13, 4, 3, Scope.BOTH, DecimalType::new),
    FREQUENCY("frequency", 14, 4, 3, Scope.TOTAL, v -> new QuantityType<>(v, Units.HERTZ)),
    ENERGY_IMPORT("energy-import", 1, 8, 6, Scope.BOTH, v -> new QuantityType<>(v, Units.KILOWATT_HOUR)),
    ENERGY_EXPORT("energy-export", 2, 8, 6, Scope.BOTH, v -> new QuantityType<>(v, Units.KILOWATT_HOUR)),
    REACTIVE_ENERGY_IMPORT("reactive-energy-import", 3, 8, 6, Scope.BOTH,
            v -> new QuantityType<>(v, Units.KILOVAR_HOUR)),
    REACTIVE_ENERGY_EXPORT("reactive-energy-export", 4, 8, 6, Scope.BOTH,
            v -> new QuantityType<>(v, Units.KILOVAR_HOUR)),
    APPARENT_ENERGY_IMPORT("apparent-energy-import", 9, 8, 6, Scope.BOTH,
            v -> new QuantityType<>(v, MetricPrefix.KILO(Units.VOLT_AMPERE_HOUR))),
    APPARENT_ENERGY_EXPORT("apparent-energy-export", 10, 8, 6, Scope.BOTH,
            v -> new QuantityType<>(v, MetricPrefix.KILO(Units.VOLT_AMPERE_HOUR)));

    /** Where a quantity exists: only in the totals, only per phase, or both. */
    enum Scope {
        TOTAL,
        PHASE,
        BOTH
    }

    final String channelId;
    final int indicator;
    final int mode;
    /** Decimal places between the raw unit and the state's unit (mW → W: 3, mWh → kWh: 6). */
    final int scale;
    final Scope scope;
    private final Function<BigDecimal, State> toState;

    MeterQuantity(String channelId, int indicator, int mode, int scale, Scope scope,
            Function<BigDecimal, State> toState) {
        this.channelId = channelId;
        this.indicator = indicator;
        this.mode = mode;
        this.scale = scale;
        this.scope = scope;
        this.toState = toState;
    }

    @Override
    public State of(long raw) {
        return toState.apply(Readings.unsigned(raw, scale));
    }

    boolean existsIn(int phase) {
        return phase == 0 ? scope != Scope.PHASE : scope != Scope.TOTAL;
    }
}
