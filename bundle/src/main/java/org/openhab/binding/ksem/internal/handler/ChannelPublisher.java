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
 * skipped. The per-frame mappers hand over raw device values with a {@link RawState}: a state is built only for a
 * value that is published, not for the ones a newer value replaces within the interval.
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

    /** Builds a channel's state from a raw device value; called only for the values that are published. */
    @FunctionalInterface
    public interface RawState {
        State of(long raw);
    }

    /** A channel's throttle: when it was last published and the value waiting for the interval to pass. */
    private static final class Slot {
        long lastPublished;
        boolean published;
        @Nullable
        State pendingState;
        @Nullable
        RawState pendingConversion;
        long pendingRaw;

        boolean hasPending() {
            return pendingState != null || pendingConversion != null;
        }

        @Nullable
        State takePending() {
            State state = pendingState;
            RawState conversion = pendingConversion;
            pendingState = null;
            pendingConversion = null;
            return conversion != null ? conversion.of(pendingRaw) : state;
        }
    }

    private final Target target;
    private final LongSupplier nanoTime;
    private final Map<ChannelUID, Slot> slots = new HashMap<>();
    private final long intervalNanos;

    public ChannelPublisher(Target target, Duration interval, LongSupplier nanoTime) {
        this.target = target;
        this.nanoTime = nanoTime;
        this.intervalNanos = interval.toNanos();
    }

    public synchronized void publish(ChannelUID channel, State state) {
        if (!target.isLinked(channel)) {
            return;
        }
        Slot slot = dueOrKept(channel);
        if (slot == null) {
            target.updateState(channel, state);
        } else {
            slot.pendingState = state;
            slot.pendingConversion = null;
        }
    }

    /** {@link #publish(ChannelUID, State)} of {@code toState.of(raw)}, built only if it goes out. */
    public synchronized void publish(ChannelUID channel, long raw, RawState toState) {
        if (!target.isLinked(channel)) {
            return;
        }
        Slot slot = dueOrKept(channel);
        if (slot == null) {
            target.updateState(channel, toState.of(raw));
        } else {
            slot.pendingState = null;
            slot.pendingConversion = toState;
            slot.pendingRaw = raw;
        }
    }

    /**
     * Decides about a new value of a linked channel.
     *
     * @return null if the value is to be published now (recorded as published), else the slot that keeps it
     */
    private @Nullable Slot dueOrKept(ChannelUID channel) {
        if (intervalNanos <= 0) {
            return null;
        }
        Slot slot = slots.get(channel);
        if (slot == null) {
            slot = new Slot();
            slots.put(channel, slot);
        }
        long now = nanoTime.getAsLong();
        if (slot.published && now - slot.lastPublished < intervalNanos) {
            return slot;
        }
        slot.published = true;
        slot.lastPublished = now;
        slot.pendingState = null;
        slot.pendingConversion = null;
        return null;
    }

    /** Publishes kept values whose interval has passed; called periodically. */
    public synchronized void flush() {
        long now = nanoTime.getAsLong();
        for (Map.Entry<ChannelUID, Slot> entry : slots.entrySet()) {
            Slot slot = entry.getValue();
            if (slot.hasPending() && now - slot.lastPublished >= intervalNanos) {
                slot.lastPublished = now;
                State state = slot.takePending();
                if (state != null) {
                    target.updateState(entry.getKey(), state);
                }
            }
        }
    }

    /** After a (re)connect every channel publishes its next value at once. */
    public synchronized void reset() {
        slots.clear();
    }

    /** True when values wait for {@link #flush()}. */
    public synchronized boolean hasPending() {
        return slots.values().stream().anyMatch(Slot::hasPending);
    }
}
