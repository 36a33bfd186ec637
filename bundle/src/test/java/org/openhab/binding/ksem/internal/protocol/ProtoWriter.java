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

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A tiny protobuf wire-format writer for building test frames byte by byte, including malformed ones.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
final class ProtoWriter {

    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LEN = 2;
    static final int FIXED32 = 5;

    private byte[] bytes = new byte[64];
    private int size;

    ProtoWriter raw(int... values) {
        for (int value : values) {
            ensure(1);
            bytes[size++] = (byte) value;
        }
        return this;
    }

    ProtoWriter raw(byte[] values) {
        ensure(values.length);
        System.arraycopy(values, 0, bytes, size, values.length);
        size += values.length;
        return this;
    }

    ProtoWriter varint(long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            raw((int) (rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        return raw((int) rest);
    }

    ProtoWriter tag(int field, int wireType) {
        return varint((long) field << 3 | wireType);
    }

    ProtoWriter varintField(int field, long value) {
        return tag(field, VARINT).varint(value);
    }

    ProtoWriter fixed32Field(int field, int value) {
        tag(field, FIXED32);
        for (int i = 0; i < 4; i++) {
            raw(value >>> (8 * i));
        }
        return this;
    }

    ProtoWriter fixed64Field(int field, long value) {
        tag(field, FIXED64);
        for (int i = 0; i < 8; i++) {
            raw((int) (value >>> (8 * i)));
        }
        return this;
    }

    ProtoWriter bytesField(int field, byte[] content) {
        return tag(field, LEN).varint(content.length).raw(content);
    }

    ProtoWriter stringField(int field, String content) {
        return bytesField(field, content.getBytes(StandardCharsets.UTF_8));
    }

    ProtoWriter messageField(int field, ProtoWriter message) {
        return bytesField(field, message.toByteArray());
    }

    /** One field of each skippable wire type, with field numbers no schema here uses. */
    ProtoWriter unknownFields() {
        return varintField(1000, -1L).fixed64Field(1001, 0x0102030405060708L).fixed32Field(1002, 0xCAFEBABE)
                .stringField(1003, "unknown").bytesField(536_870_911, new byte[] { 0x0A, 0x00 });
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
