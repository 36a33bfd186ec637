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

import java.time.Instant;
import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ksem.internal.KsemBindingConstants;
import org.openhab.binding.ksem.internal.protocol.GdrVisitor;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingUID;

/**
 * Turns the records of the smart-meter stream into channel states: every OBIS code of api §3.4 feeds exactly one
 * channel of the groups {@code grid}, {@code l1}, {@code l2}, {@code l3}; net power is import minus export of the same
 * frame. Built for the per-frame hot path: channel UIDs are made once and looked up by array index.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class MeterChannelMapper implements GdrVisitor {

    static final String[] GROUPS = { KsemBindingConstants.GROUP_GRID, KsemBindingConstants.GROUP_L1,
            KsemBindingConstants.GROUP_L2, KsemBindingConstants.GROUP_L3 };
    private static final String CHANNEL_POWER_NET = "power-net";
    /** Import minus export of one frame, in mW. */
    static final ChannelPublisher.RawState NET_POWER = raw -> new QuantityType<>(Readings.signed(raw, 3), Units.WATT);
    /** The time of a reading, in milliseconds since the epoch. */
    static final ChannelPublisher.RawState READING_TIME = millis -> new DateTimeType(Instant.ofEpochMilli(millis));
    // the range of google.protobuf.Timestamp (years 1 to 9999); a frame outside it gets the time it arrived
    private static final long MIN_SECONDS = -62_135_596_800L;
    private static final long MAX_SECONDS = 253_402_300_799L;
    // slot = C * 2 + (D == 8 ? 1 : 0) for codes 1-0:C.D.0*255 with C < 128
    private static final int SLOTS = 256;

    private final ChannelPublisher publisher;
    private final @Nullable ChannelUID[] channels = new ChannelUID[SLOTS];
    private final @Nullable MeterQuantity[] quantities = new MeterQuantity[SLOTS];
    private final ChannelUID[] netChannels = new ChannelUID[GROUPS.length];
    private final ChannelUID lastReading;
    private final long[] raw = new long[SLOTS];
    private final boolean[] seen = new boolean[SLOTS];
    private long timestampSeconds;
    private int timestampNanos;
    private boolean hasTimestamp;

    public MeterChannelMapper(ThingUID thing, ChannelPublisher publisher) {
        this.publisher = publisher;
        for (int phase = 0; phase < GROUPS.length; phase++) {
            for (MeterQuantity quantity : MeterQuantity.values()) {
                if (quantity.existsIn(phase)) {
                    int slot = slot(quantity.indicator + 20 * phase, quantity.mode);
                    channels[slot] = new ChannelUID(thing, GROUPS[phase], quantity.channelId);
                    quantities[slot] = quantity;
                }
            }
            netChannels[phase] = new ChannelUID(thing, GROUPS[phase], CHANNEL_POWER_NET);
        }
        lastReading = new ChannelUID(thing, KsemBindingConstants.GROUP_DEVICE,
                KsemBindingConstants.CHANNEL_LAST_READING);
    }

    /** The array index of an OBIS code of the form 1-0:C.D.0*255 with D = 4 or 8, or -1. */
    static int slot(long obis) {
        if ((obis >>> 32) != 0x0100 || (obis & 0xFFFF) != 0x00FF) {
            return -1;
        }
        int c = (int) (obis >>> 24) & 0xFF;
        int d = (int) (obis >>> 16) & 0xFF;
        return c < SLOTS / 2 && (d == 4 || d == 8) ? slot(c, d) : -1;
    }

    private static int slot(int c, int d) {
        return c * 2 + (d == 8 ? 1 : 0);
    }

    @Override
    public void beginRecord(String key) {
        Arrays.fill(seen, false);
        hasTimestamp = false;
    }

    @Override
    public void timestamp(long epochSeconds, int nanos) {
        timestampSeconds = epochSeconds;
        timestampNanos = nanos;
        hasTimestamp = true;
    }

    @Override
    public void value(long obisKey, long value) {
        int slot = slot(obisKey);
        if (slot >= 0 && channels[slot] != null) {
            raw[slot] = value;
            seen[slot] = true;
        }
    }

    @Override
    public void endRecord() {
        for (int slot = 0; slot < SLOTS; slot++) {
            ChannelUID channel = channels[slot];
            MeterQuantity quantity = quantities[slot];
            if (seen[slot] && channel != null && quantity != null) {
                publisher.publish(channel, raw[slot], quantity);
            }
        }
        for (int phase = 0; phase < GROUPS.length; phase++) {
            int plus = slot(MeterQuantity.POWER_IMPORT.indicator + 20 * phase, 4);
            int minus = slot(MeterQuantity.POWER_EXPORT.indicator + 20 * phase, 4);
            if (seen[plus] && seen[minus]) {
                publisher.publish(netChannels[phase], raw[plus] - raw[minus], NET_POWER);
            }
        }
        publisher.publish(lastReading, readingMillis(hasTimestamp, timestampSeconds, timestampNanos), READING_TIME);
    }

    /** The time of a reading: the frame's timestamp if it has a valid one, else now. */
    static long readingMillis(boolean hasTimestamp, long seconds, int nanos) {
        if (hasTimestamp && seconds >= MIN_SECONDS && seconds <= MAX_SECONDS && nanos >= 0 && nanos < 1_000_000_000) {
            return seconds * 1000 + nanos / 1_000_000;
        }
        return System.currentTimeMillis();
    }
}
