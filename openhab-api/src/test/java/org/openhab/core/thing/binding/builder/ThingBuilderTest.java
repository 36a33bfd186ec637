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
package org.openhab.core.thing.binding.builder;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.type.ChannelTypeUID;

/**
 * Tests the thing, bridge and channel builders.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class ThingBuilderTest {

    private static final ThingTypeUID METER = new ThingTypeUID("ksem:meter");
    private static final ThingTypeUID WALLBOX = new ThingTypeUID("ksem:wallbox");

    @Test
    void buildsBridgeAndThing() {
        ThingUID bridgeUID = new ThingUID(METER, "home");
        ChannelUID power = new ChannelUID(bridgeUID, "grid", "power-import");
        Channel channel = ChannelBuilder.create(power, "Number:Power")
                .withType(new ChannelTypeUID("ksem:power-import")).withLabel("Power Import").build();
        Bridge bridge = BridgeBuilder.create(METER, "home").withLabel("KSEM")
                .withConfiguration(new Configuration(Map.of("hostname", "ksem"))).withChannel(channel)
                .withProperties(Map.of(Thing.PROPERTY_SERIAL_NUMBER, "123")).build();

        assertEquals(bridgeUID, bridge.getUID());
        assertEquals(METER, bridge.getThingTypeUID());
        assertEquals("KSEM", bridge.getLabel());
        assertEquals("ksem", bridge.getConfiguration().get("hostname"));
        assertEquals(List.of(channel), bridge.getChannels());
        assertSame(channel, bridge.getChannel("grid#power-import"));
        assertSame(channel, bridge.getChannel(power));
        assertEquals(List.of(channel), bridge.getChannelsOfGroup("grid"));
        assertEquals("Number:Power", channel.getAcceptedItemType());
        assertEquals(Map.of("serialNumber", "123"), bridge.getProperties());
        assertEquals(ThingStatus.UNINITIALIZED, bridge.getStatus());
        assertThrows(IllegalArgumentException.class, () -> ThingBuilder.create(METER, "x").withChannel(channel)
                .withChannel(ChannelBuilder.create(power).build()));

        Thing wallbox = ThingBuilder.create(WALLBOX, new ThingUID(WALLBOX, bridgeUID, "wb1")).withBridge(bridgeUID)
                .build();
        assertEquals(bridgeUID, wallbox.getBridgeUID());
        assertEquals(new ThingUID("ksem:wallbox:home:wb1"), wallbox.getUID());
        assertNull(wallbox.setProperty("a", "b"));
        assertEquals("b", wallbox.setProperty("a", null));
        assertEquals(Map.of(), wallbox.getProperties());

        Thing copy = ThingBuilder.create(bridge).withoutChannel(power).build();
        assertEquals(bridge.getUID(), copy.getUID());
        assertEquals(List.of(), copy.getChannels());
        assertEquals(ChannelBuilder.create(channel).build(), channel);
    }
}
