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

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Records every visitor call as a line of text, for exact comparisons in tests.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
final class RecordingVisitor implements GdrVisitor {

    final List<String> events = new ArrayList<>();

    @Override
    public void configUuid(String uuid) {
        events.add("config " + uuid);
    }

    @Override
    public void beginRecord(String key) {
        events.add("begin " + key);
    }

    @Override
    public void status(int status) {
        events.add("status " + status);
    }

    @Override
    public void timestamp(long epochSeconds, int nanos) {
        events.add("timestamp " + epochSeconds + "." + nanos);
    }

    @Override
    public void value(long obisKey, long value) {
        events.add("value " + ObisCode.toString(obisKey) + "=" + Long.toUnsignedString(value));
    }

    @Override
    public void flexInt(String key, long value) {
        events.add("flexInt " + key + "=" + value);
    }

    @Override
    public void flexString(String key, String value) {
        events.add("flexString " + key + "=" + value);
    }

    @Override
    public void endRecord() {
        events.add("end");
    }
}
