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
package org.openhab.binding.ksem.runtime.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.openhab.binding.ksem.runtime.api.ChannelStateEvent;
import org.openhab.binding.ksem.runtime.api.ThingEvent;
import org.openhab.binding.ksem.runtime.api.ThingEventListener;
import org.openhab.binding.ksem.runtime.api.ThingStatusEvent;

/**
 * Keeps the runtime's events: the latest status of every Thing, the latest state of every channel, and a bounded
 * history that callers can wait on. Positions ({@link #position()}) let a caller wait only for what happens after a
 * step, e.g. ONLINE after the token was authorised, not the ONLINE before.
 *
 * @author KSEM binding contributors
 */
public final class EventLog implements ThingEventListener {

    private static final int DEFAULT_CAPACITY = 50_000;

    private final int capacity;
    /** Indexed by position - {@link #first}; trimmed by half when full, so that appending stays cheap. */
    private final List<ThingEvent> history = new ArrayList<>();
    private final Map<String, ThingStatusEvent> statuses = new HashMap<>();
    private final Map<String, ChannelStateEvent> states = new LinkedHashMap<>();
    /** Position of the oldest event in {@link #history}. */
    private long first;
    private long next;

    public EventLog() {
        this(DEFAULT_CAPACITY);
    }

    public EventLog(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public synchronized void onEvent(ThingEvent event) {
        history.add(event);
        next++;
        if (history.size() > capacity) {
            int dropped = history.size() / 2;
            history.subList(0, dropped).clear();
            first += dropped;
        }
        if (event instanceof ThingStatusEvent status) {
            statuses.put(status.thing(), status);
        } else if (event instanceof ChannelStateEvent state) {
            states.put(state.channel(), state);
        }
        notifyAll();
    }

    /** The position of the next event: pass it to {@link #await} to see only later events. */
    public synchronized long position() {
        return next;
    }

    public synchronized List<ThingEvent> events() {
        return List.copyOf(history);
    }

    public synchronized Optional<ThingStatusEvent> status(String thing) {
        return Optional.ofNullable(statuses.get(thing));
    }

    public synchronized Optional<ChannelStateEvent> state(String channel) {
        return Optional.ofNullable(states.get(channel));
    }

    /** The latest state of every channel of a Thing, by channel id ({@code grid#power-import}). */
    public synchronized Map<String, ChannelStateEvent> states(String thing) {
        Map<String, ChannelStateEvent> result = new LinkedHashMap<>();
        states.values().stream().filter(s -> s.thing().equals(thing)).forEach(s -> result.put(s.channelId(), s));
        return result;
    }

    /** Waits for an event of the type that matches, from the start of the history on. */
    public <T extends ThingEvent> T await(Class<T> type, Predicate<T> condition, Duration timeout)
            throws TimeoutException, InterruptedException {
        return await(type, condition, timeout, 0);
    }

    /**
     * Waits for an event of the type that matches, at or after {@code from} (see {@link #position()}).
     *
     * @throws TimeoutException naming the Thing statuses seen, when none came in time
     */
    public synchronized <T extends ThingEvent> T await(Class<T> type, Predicate<T> condition, Duration timeout,
            long from) throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long scanned = Math.max(from, first);
        while (true) {
            for (long position = Math.max(scanned, first); position < next; position++) {
                ThingEvent event = history.get((int) (position - first));
                if (type.isInstance(event) && condition.test(type.cast(event))) {
                    return type.cast(event);
                }
            }
            scanned = next;
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new TimeoutException("No matching " + type.getSimpleName() + " within " + timeout
                        + "; statuses seen: " + statusHistory());
            }
            wait(Math.max(1, remaining / 1_000_000));
        }
    }

    private List<String> statusHistory() {
        return history.stream().filter(ThingStatusEvent.class::isInstance).map(ThingEvent::logLine).toList();
    }
}
