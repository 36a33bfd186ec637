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
 * Builds GDRs frames (api §3.2) for tests, field by field in the canonical order.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
final class GdrFrameBuilder {

    private final ProtoWriter frame = new ProtoWriter();

    /** Adds a map entry of GDRs.GDRs; finish it with {@link Record#end()}. */
    Record record(String key) {
        return new Record(key);
    }

    GdrFrameBuilder configUuid(String uuid) {
        frame.stringField(2, uuid);
        return this;
    }

    byte[] build() {
        return frame.toByteArray();
    }

    /** The fields of one GDR. */
    final class Record {
        private final String key;
        private final ProtoWriter gdr = new ProtoWriter();

        private Record(String key) {
            this.key = key;
            gdr.stringField(1, key); // GDR.id repeats the key (api §3.2)
        }

        Record status(int status) {
            gdr.varintField(2, status);
            return this;
        }

        Record timestamp(long seconds, int nanos) {
            gdr.messageField(3, new ProtoWriter().varintField(1, seconds).varintField(2, nanos));
            return this;
        }

        Record value(long obisKey, long value) {
            gdr.messageField(4, new ProtoWriter().varintField(1, obisKey).varintField(2, value));
            return this;
        }

        Record flexInt(String flexKey, long value) {
            gdr.messageField(5,
                    new ProtoWriter().stringField(1, flexKey).messageField(2, new ProtoWriter().varintField(1, value)));
            return this;
        }

        Record flexString(String flexKey, String value) {
            gdr.messageField(5,
                    new ProtoWriter().stringField(1, flexKey).messageField(2, new ProtoWriter().stringField(2, value)));
            return this;
        }

        /** Appends raw GDR fields, e.g. malformed or unknown ones. */
        Record raw(ProtoWriter fields) {
            gdr.raw(fields.toByteArray());
            return this;
        }

        GdrFrameBuilder end() {
            frame.messageField(1, new ProtoWriter().stringField(1, key).messageField(2, gdr));
            return GdrFrameBuilder.this;
        }
    }
}
