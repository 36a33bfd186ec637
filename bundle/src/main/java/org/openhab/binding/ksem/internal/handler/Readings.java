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
import java.math.BigInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Exact conversion of the device's raw integers (api §3.4: mW, mWh, mA, mV, mHz, power factor x1000).
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
final class Readings {

    private Readings() {
    }

    /**
     * @param raw the uint64 measurement as the same 64 bits
     * @param scale decimal places to shift: 3 turns milli-units into units, 6 turns mWh into kWh
     */
    static BigDecimal unsigned(long raw, int scale) {
        return raw >= 0 ? BigDecimal.valueOf(raw, scale)
                : new BigDecimal(new BigInteger(Long.toUnsignedString(raw)), scale);
    }

    /** A signed int64 (flex values) shifted by {@code scale} decimal places. */
    static BigDecimal signed(long raw, int scale) {
        return BigDecimal.valueOf(raw, scale);
    }
}
