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

import java.util.Map;

import org.openhab.binding.ksem.internal.protocol.GdrVisitor;
import org.openhab.binding.ksem.simulator.proto.FlexValue;
import org.openhab.binding.ksem.simulator.proto.GDR;
import org.openhab.binding.ksem.simulator.proto.GDRs;

import com.google.protobuf.Timestamp;

/**
 * The baseline: a frame parsed by the protobuf-java classes generated from the simulator's {@code ksem_gdr.proto},
 * handed to a {@link GdrVisitor} in the same order as {@code GdrDecoder} does. Given the binding's channel mappers as
 * visitors it maps the same way into the same state objects, so that the only difference between the two paths is
 * the parsing.
 *
 * @author KSEM binding contributors
 */
public final class ProtobufJavaReplay {

    private ProtobufJavaReplay() {
    }

    /** @return the number of records passed to the visitor, as {@code GdrDecoder#decode} */
    public static int replay(GDRs frame, GdrVisitor visitor) {
        String configUuid = frame.getConfigUuid();
        if (!configUuid.isEmpty()) {
            visitor.configUuid(configUuid);
        }
        int records = 0;
        for (Map.Entry<String, GDR> record : frame.getGdrsMap().entrySet()) {
            GDR gdr = record.getValue();
            visitor.beginRecord(record.getKey());
            visitor.status(gdr.getStatusValue());
            if (gdr.hasTimestamp()) {
                Timestamp timestamp = gdr.getTimestamp();
                visitor.timestamp(timestamp.getSeconds(), timestamp.getNanos());
            }
            for (Map.Entry<Long, Long> value : gdr.getValuesMap().entrySet()) {
                visitor.value(value.getKey(), value.getValue());
            }
            for (Map.Entry<String, FlexValue> flex : gdr.getFlexValuesMap().entrySet()) {
                FlexValue value = flex.getValue();
                String text = value.getStringValue();
                if (text.isEmpty()) {
                    visitor.flexInt(flex.getKey(), value.getIntValue());
                } else {
                    visitor.flexString(flex.getKey(), text);
                }
            }
            visitor.endRecord();
            records++;
        }
        return records;
    }
}
