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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

import org.openhab.binding.ksem.simulator.proto.Status;

import com.google.protobuf.CodedOutputStream;

/**
 * Turns a {@link GdrSample} into the bytes of one binary WebSocket frame: a {@code GDRs} message (see
 * {@code ksem_gdr.proto}) with a single record whose map key and id are the same.
 * <p>
 * Written field by field rather than with the generated builders for one reason: the device leaves out the value
 * of a {@code values} map entry when it is 0 (api §3.2), which protobuf-java never does. With
 * {@code omitZeroValues} false the bytes equal what protobuf-java writes. Entries are sorted by key so that equal
 * samples give equal bytes.
 */
final class GdrFrameEncoder {

    private static final int GDRS_RECORDS = 1;
    private static final int GDRS_CONFIG_UUID = 2;
    private static final int GDR_ID = 1;
    private static final int GDR_STATUS = 2;
    private static final int GDR_TIMESTAMP = 3;
    private static final int GDR_VALUES = 4;
    private static final int GDR_FLEX_VALUES = 5;
    private static final int TIMESTAMP_SECONDS = 1;
    private static final int TIMESTAMP_NANOS = 2;
    private static final int ENTRY_KEY = 1;
    private static final int ENTRY_VALUE = 2;
    private static final int FLEX_INT_VALUE = 1;

    /** Writes the fields of one message. */
    @FunctionalInterface
    private interface Fields {
        void write(CodedOutputStream out) throws IOException;
    }

    private GdrFrameEncoder() {
    }

    static byte[] encode(String sourceId, GdrSample sample, String configUuid, boolean omitZeroValues) {
        byte[] record = record(sourceId, sample, omitZeroValues);
        return message(out -> {
            out.writeByteArray(GDRS_RECORDS, message(entry -> {
                entry.writeString(ENTRY_KEY, sourceId);
                entry.writeByteArray(ENTRY_VALUE, record);
            }));
            if (!configUuid.isEmpty()) {
                out.writeString(GDRS_CONFIG_UUID, configUuid);
            }
        });
    }

    private static byte[] record(String sourceId, GdrSample sample, boolean omitZeroValues) {
        return message(out -> {
            out.writeString(GDR_ID, sourceId);
            out.writeEnum(GDR_STATUS, Status.STATUS_OK.getNumber());
            out.writeByteArray(GDR_TIMESTAMP, message(time -> {
                if (sample.timestamp().getEpochSecond() != 0) {
                    time.writeInt64(TIMESTAMP_SECONDS, sample.timestamp().getEpochSecond());
                }
                if (sample.timestamp().getNano() != 0) {
                    time.writeInt32(TIMESTAMP_NANOS, sample.timestamp().getNano());
                }
            }));
            for (Map.Entry<Long, Long> value : new TreeMap<>(sample.values()).entrySet()) {
                out.writeByteArray(GDR_VALUES, message(entry -> {
                    entry.writeUInt64(ENTRY_KEY, value.getKey());
                    if (value.getValue() != 0 || !omitZeroValues) {
                        entry.writeUInt64(ENTRY_VALUE, value.getValue());
                    }
                }));
            }
            for (Map.Entry<String, Long> flex : new TreeMap<>(sample.flexValues()).entrySet()) {
                byte[] flexValue = message(number -> {
                    if (flex.getValue() != 0) {
                        number.writeInt64(FLEX_INT_VALUE, flex.getValue());
                    }
                });
                out.writeByteArray(GDR_FLEX_VALUES, message(entry -> {
                    entry.writeString(ENTRY_KEY, flex.getKey());
                    entry.writeByteArray(ENTRY_VALUE, flexValue);
                }));
            }
        });
    }

    private static byte[] message(Fields fields) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            fields.write(out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
    }
}
