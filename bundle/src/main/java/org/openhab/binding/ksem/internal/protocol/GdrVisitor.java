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
package org.openhab.binding.ksem.internal.protocol;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Receives the content of one GDRs frame (api §3.2) from {@link GdrDecoder}. The decoder calls it only after the
 * whole frame was decoded without error, in this order: {@link #configUuid(String)} (if present), then per map entry
 * {@link #beginRecord(String)}, {@link #status(int)}, {@link #timestamp(long, int)} (if present), the
 * {@link #value(long, long)} entries, the flex entries, {@link #endRecord()}. Records, values and flex values come in
 * wire order; repeated keys are passed on as they arrive, so a visitor that stores by key gets "last wins".
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public interface GdrVisitor {

    /** GDRs.config_uuid, when the frame carries one. */
    default void configUuid(String uuid) {
    }

    /** Starts a record; {@code key} is the map key (data-source id), e.g. "smart-meter"; "" when missing. */
    void beginRecord(String key);

    /** GDR.status (0 UNKNOWN, 1 OK, 2 WARNING, 3 ERROR); always called, 0 when missing (proto3 default). */
    default void status(int status) {
    }

    /** GDR.timestamp; called only when the record has one. */
    default void timestamp(long epochSeconds, int nanos) {
    }

    /**
     * One GDR.values entry: an OBIS key (api §3.3, see {@link ObisCode}) and the raw uint64 measurement as the same
     * 64 bits (use {@link Long#toUnsignedString(long)} or compare unsigned if values of 2^63 or more matter). A missing
     * key or value is 0.
     */
    void value(long obisKey, long value);

    /**
     * One GDR.flexValues entry whose FlexValue has no string_value: its int_value (int64, negative values as such; 0
     * when missing). Each flex entry produces exactly one call of this or {@link #flexString(String, String)}.
     */
    default void flexInt(String key, long value) {
    }

    /**
     * One GDR.flexValues entry whose FlexValue has a string_value (it wins over an int_value in the same FlexValue).
     */
    default void flexString(String key, String value) {
    }

    /** Ends the record started by the last {@link #beginRecord(String)}. */
    default void endRecord() {
    }
}
