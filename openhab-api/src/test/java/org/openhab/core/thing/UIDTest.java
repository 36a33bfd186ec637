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
package org.openhab.core.thing;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.thing.type.ChannelTypeUID;

/**
 * Tests the UIDs.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class UIDTest {

    private static final ThingTypeUID METER = new ThingTypeUID("ksem", "meter");

    @Test
    void thingTypeUid() {
        ThingTypeUID parsed = new ThingTypeUID("ksem:meter");
        assertEquals(METER, parsed);
        assertEquals(METER.hashCode(), parsed.hashCode());
        assertEquals("ksem", parsed.getBindingId());
        assertEquals("meter", parsed.getId());
        assertEquals("ksem:meter", parsed.getAsString());
        assertEquals("ksem:meter", parsed.toString());
    }

    @Test
    void thingUid() {
        ThingUID uid = new ThingUID(METER, "home");
        assertEquals("ksem:meter:home", uid.getAsString());
        assertEquals(uid, new ThingUID("ksem:meter:home"));
        assertEquals(uid, new ThingUID("ksem", "meter", "home"));
        assertEquals("home", uid.getId());
        assertEquals("ksem", uid.getBindingId());
        assertEquals(List.of(), uid.getBridgeIds());

        ThingUID wallbox = new ThingUID(new ThingTypeUID("ksem", "wallbox"), uid, "wb1");
        assertEquals("ksem:wallbox:home:wb1", wallbox.getAsString());
        assertEquals(List.of("home"), wallbox.getBridgeIds());
        assertEquals("wb1", wallbox.getId());
        assertEquals(wallbox, new ThingUID(new ThingTypeUID("ksem", "wallbox"), "wb1", "home"));
    }

    @Test
    void differentKindsAreNotEqual() {
        assertNotEquals(new ChannelTypeUID("ksem:meter"), METER);
        assertNotEquals(new ThingUID("ksem:meter:home"), new ThingUID("ksem:meter:other"));
    }

    @Test
    void channelUidWithGroup() {
        ThingUID thingUID = new ThingUID("ksem:meter:home");
        ChannelUID channel = new ChannelUID(thingUID, "grid", "power-import");
        assertEquals("ksem:meter:home:grid#power-import", channel.getAsString());
        assertEquals(channel, new ChannelUID("ksem:meter:home:grid#power-import"));
        assertEquals(channel, new ChannelUID(thingUID, "grid#power-import"));
        assertEquals(channel, new ChannelUID(new ChannelGroupUID(thingUID, "grid"), "power-import"));
        assertEquals("grid#power-import", channel.getId());
        assertEquals("power-import", channel.getIdWithoutGroup());
        assertEquals("grid", channel.getGroupId());
        assertTrue(channel.isInGroup());
        assertEquals(thingUID, channel.getThingUID());
        assertEquals("ksem", channel.getBindingId());
    }

    @Test
    void channelUidWithoutGroup() {
        ChannelUID channel = new ChannelUID("ksem:meter:home:power");
        assertFalse(channel.isInGroup());
        assertNull(channel.getGroupId());
        assertEquals("power", channel.getIdWithoutGroup());
        assertEquals(new ThingUID("ksem:meter:home"), channel.getThingUID());
    }

    @Test
    void channelGroupUid() {
        ChannelGroupUID group = new ChannelGroupUID("ksem:meter:home:l1");
        assertEquals("l1", group.getId());
        assertEquals(new ThingUID("ksem:meter:home"), group.getThingUID());
    }

    @Test
    void invalidSegmentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ThingUID("ksem:meter:ho me"));
        assertThrows(IllegalArgumentException.class, () -> new ThingUID("ksem:meter:a.b"));
        assertThrows(IllegalArgumentException.class, () -> new ThingTypeUID("ksem"));
        assertThrows(IllegalArgumentException.class, () -> new ChannelUID("ksem:meter:home"));
        assertThrows(IllegalArgumentException.class, () -> new ChannelUID("ksem:meter:home:a#b#c"));
        assertThrows(IllegalArgumentException.class, () -> new ChannelUID("ksem:me#ter:home:a"));
    }

    @Test
    void statusInfo() {
        ThingStatusInfo info = new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.CONFIGURATION_PENDING,
                "text");
        assertEquals("ONLINE (CONFIGURATION_PENDING): text", info.toString());
        assertEquals("OFFLINE", new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.NONE, null).toString());
        assertEquals(info, new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.CONFIGURATION_PENDING, "text"));
        assertNotEquals(info, new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.CONFIGURATION_PENDING, "x"));
    }
}
