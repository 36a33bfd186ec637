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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.types.State;

/**
 * Tests the update-interval throttle: never two updates of a channel within the interval, the latest value is kept
 * and published later, the first value after a reconnect goes out at once, unlinked channels are skipped.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class ChannelPublisherTest {

    private static final ChannelUID POWER = new ChannelUID("ksem:meter:home:grid#power-import");
    private static final ChannelUID ENERGY = new ChannelUID("ksem:meter:home:grid#energy-import");

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final List<String> published = new ArrayList<>();
    private boolean energyLinked = true;

    private final ChannelPublisher.Target target = new ChannelPublisher.Target() {
        @Override
        public boolean isLinked(ChannelUID channel) {
            return !channel.equals(ENERGY) || energyLinked;
        }

        @Override
        public void updateState(ChannelUID channel, State state) {
            published.add(channel.getIdWithoutGroup() + "=" + state);
        }
    };

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    @Test
    void intervalZeroPublishesEveryValue() {
        ChannelPublisher publisher = new ChannelPublisher(target, Duration.ZERO, now::get);
        publisher.publish(POWER, new DecimalType(1));
        publisher.publish(POWER, new DecimalType(2));
        assertEquals(List.of("power-import=1", "power-import=2"), published);
    }

    @Test
    void keepsTheLatestValueUntilTheIntervalHasPassed() {
        ChannelPublisher publisher = new ChannelPublisher(target, Duration.ofSeconds(5), now::get);
        publisher.publish(POWER, new DecimalType(1)); // first value: at once
        advance(Duration.ofSeconds(1));
        publisher.publish(POWER, new DecimalType(2));
        advance(Duration.ofSeconds(1));
        publisher.publish(POWER, new DecimalType(3));
        publisher.flush();
        assertEquals(List.of("power-import=1"), published);
        assertTrue(publisher.hasPending());

        advance(Duration.ofSeconds(3)); // 5 s after the first update
        publisher.flush();
        assertEquals(List.of("power-import=1", "power-import=3"), published, "the latest value wins");
        assertFalse(publisher.hasPending());

        advance(Duration.ofSeconds(1));
        publisher.publish(POWER, new DecimalType(4));
        assertEquals(2, published.size(), "still inside the interval of the flushed value");
    }

    @Test
    void resetPublishesTheNextValueAtOnce() {
        ChannelPublisher publisher = new ChannelPublisher(target, Duration.ofSeconds(5), now::get);
        publisher.publish(POWER, new DecimalType(1));
        advance(Duration.ofSeconds(1));
        publisher.reset();
        publisher.publish(POWER, new DecimalType(2));
        assertEquals(List.of("power-import=1", "power-import=2"), published);
    }

    @Test
    void buildsStatesFromRawValuesOnlyForWhatIsPublished() {
        ChannelPublisher publisher = new ChannelPublisher(target, Duration.ofSeconds(5), now::get);
        List<Long> converted = new ArrayList<>();
        ChannelPublisher.RawState toState = raw -> {
            converted.add(raw);
            return new DecimalType(raw);
        };
        publisher.publish(POWER, 1, toState); // first value: at once
        for (long raw = 2; raw <= 5; raw++) {
            advance(Duration.ofSeconds(1));
            publisher.publish(POWER, raw, toState);
        }
        assertEquals(List.of(1L), converted, "values replaced within the interval are never converted");

        advance(Duration.ofSeconds(1));
        publisher.flush();
        assertEquals(List.of(1L, 5L), converted);
        assertEquals(List.of("power-import=1", "power-import=5"), published);

        publisher.publish(ENERGY, 9, toState);
        energyLinked = false;
        publisher.reset();
        publisher.publish(ENERGY, 10, toState);
        assertEquals(List.of(1L, 5L, 9L), converted, "nothing is converted for an unlinked channel");
    }

    @Test
    void aRawValueAndAStateReplaceEachOther() {
        ChannelPublisher publisher = new ChannelPublisher(target, Duration.ofSeconds(5), now::get);
        publisher.publish(POWER, new DecimalType(1));
        advance(Duration.ofSeconds(1));
        publisher.publish(POWER, 2, DecimalType::new);
        publisher.publish(POWER, new DecimalType(3));
        advance(Duration.ofSeconds(4));
        publisher.flush();
        assertEquals(List.of("power-import=1", "power-import=3"), published, "the latest value wins");
        advance(Duration.ofSeconds(1));
        publisher.publish(POWER, new DecimalType(4));
        publisher.publish(POWER, 5, DecimalType::new);
        advance(Duration.ofSeconds(4));
        publisher.flush();
        assertEquals(List.of("power-import=1", "power-import=3", "power-import=5"), published);
    }

    @Test
    void skipsUnlinkedChannels() {
        energyLinked = false;
        ChannelPublisher publisher = new ChannelPublisher(target, Duration.ZERO, now::get);
        publisher.publish(ENERGY, new DecimalType(7));
        publisher.publish(POWER, new DecimalType(8));
        assertEquals(List.of("power-import=8"), published);
    }
}
