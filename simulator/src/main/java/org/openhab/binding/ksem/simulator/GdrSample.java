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
package org.openhab.binding.ksem.simulator;

import java.time.Instant;
import java.util.Map;

/**
 * One record of a value stream as the simulator computed it: the raw OBIS values and the named flex values.
 *
 * @param timestamp when the values were taken
 * @param values OBIS code to raw value (mW, mWh, mA, mV, mHz, power factor x1000)
 * @param flexValues flex-value key to raw integer value
 */
public record GdrSample(Instant timestamp, Map<Long, Long> values, Map<String, Long> flexValues) {

    public GdrSample {
        values = Map.copyOf(values);
        flexValues = Map.copyOf(flexValues);
    }

    /** The raw value of an OBIS code, 0 when absent (as a decoder reads a missing proto3 field). */
    public long value(long obis) {
        return values.getOrDefault(obis, 0L);
    }

    public long flex(String key) {
        return flexValues.getOrDefault(key, 0L);
    }
}
