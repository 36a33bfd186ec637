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

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.types.State;

/**
 * Puts channel states on the event bus, at most once per channel and update interval. A value that arrives too early
 * is kept and published by {@link #flush()} once the interval has passed, so the latest value is never lost. The
 * first value of every channel after {@link #reset()} (a (re)connect) is published at once. Unlinked channels are
 * skipped.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class ChannelPublisher {

    /** Where states go; in production the thing handler. */
    public interface Target {
        boolean isLinked(ChannelUID channel);

        void updateState(ChannelUID channel, State state);
    }

    private static final class Slot {
        long lastPublished;
        boolean published;
        @Nullable
        State pending;
    }

    private final Target target;
    private final LongSupplier nanoTime;
    private final Map<ChannelUID, Slot> slots = new HashMap<>();
    private long intervalNanos;

    public ChannelPublisher(Target target, Duration interval, LongSupplier nanoTime) {
        this.target = target;
        this.nanoTime = nanoTime;
        this.intervalNanos = interval.toNanos();
    }

    public synchronized void publish(ChannelUID channel, State state) {
        if (target.isLinked(channel)) {
            publishLinked(channel, state);
        }
    }

    /**
     * Whether a channel is linked. The per-frame mappers ask first and skip building states nobody receives, then
     * call {@link #publishLinked(ChannelUID, State)}.
     */
    public boolean isLinked(ChannelUID channel) {
        return target.isLinked(channel);
    }

    /** {@link #publish(ChannelUID, State)} for a channel the caller just found linked. */
    public synchronized void publishLinked(ChannelUID channel, State state) {
        if (intervalNanos <= 0) {
            target.updateState(channel, state);
            return;
        }
        Slot slot = slots.get(channel);
        if (slot == null) {
            slot = new Slot();
            slots.put(channel, slot);
        }
        long now = nanoTime.getAsLong();
        if (!slot.published || now - slot.lastPublished >= intervalNanos) {
            slot.published = true;
            slot.lastPublished = now;
            slot.pending = null;
            target.updateState(channel, state);
        } else {
            slot.pending = state;
        }
    }

    /** Publishes kept values whose interval has passed; called periodically. */
    public synchronized void flush() {
        long now = nanoTime.getAsLong();
        for (Map.Entry<ChannelUID, Slot> entry : slots.entrySet()) {
            Slot slot = entry.getValue();
            State pending = slot.pending;
            if (pending != null && now - slot.lastPublished >= intervalNanos) {
                slot.pending = null;
                slot.lastPublished = now;
                target.updateState(entry.getKey(), pending);
            }
        }
    }

    /** After a (re)connect every channel publishes its next value at once. */
    public synchronized void reset() {
        slots.clear();
    }

    /** True when values wait for {@link #flush()}. */
    public synchronized boolean hasPending() {
        return slots.values().stream().anyMatch(s -> s.pending != null);
    }
}
