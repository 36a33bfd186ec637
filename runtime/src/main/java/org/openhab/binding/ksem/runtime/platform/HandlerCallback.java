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
package org.openhab.binding.ksem.runtime.platform;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.openhab.binding.ksem.runtime.api.ThingConfigurationEvent;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelGroupUID;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.type.ChannelGroupTypeUID;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a handler talks to: publishes its channel states and status changes, and stores the configuration it changes
 * (e.g. a new access token) in {@code things.json}. A channel counts as linked if the Thing's entry in
 * {@code things.json} lists it under {@code linkedChannels}, or if the entry has no such list.
 *
 * @author KSEM binding contributors
 */
final class HandlerCallback implements ThingHandlerCallback {

    private final Logger logger = LoggerFactory.getLogger(HandlerCallback.class);
    private final ThingManager manager;
    private final JsonThingRegistry registry;
    private final EventPublisher events;

    HandlerCallback(ThingManager manager, JsonThingRegistry registry, EventPublisher events) {
        this.manager = manager;
        this.registry = registry;
        this.events = events;
    }

    @Override
    public void stateUpdated(ChannelUID channelUID, State state) {
        events.publish(StateText.event(channelUID, state, Instant.now()));
    }

    @Override
    public void postCommand(ChannelUID channelUID, Command command) {
        // there are no items to command here
        logger.debug("Command {} from the handler to channel {} dropped", command, channelUID);
    }

    @Override
    public void statusUpdated(Thing thing, ThingStatusInfo thingStatus) {
        manager.statusUpdated(thing, thingStatus);
    }

    @Override
    public void thingUpdated(Thing thing) {
        List<String> changed = registry.update(thing);
        if (!changed.isEmpty()) {
            List<String> parameters = List.copyOf(new TreeSet<>(thing.getConfiguration().keySet()));
            events.publish(new ThingConfigurationEvent(thing.getUID().getAsString(), parameters, changed,
                    Instant.now()));
        }
    }

    @Override
    public void validateConfigurationParameters(Thing thing, Map<String, Object> configurationParameters) {
        // no config descriptions here: everything is valid
    }

    @Override
    public void validateConfigurationParameters(Channel channel, Map<String, Object> configurationParameters) {
        // no config descriptions here: everything is valid
    }

    @Override
    public void configurationUpdated(Thing thing) {
        thingUpdated(thing);
    }

    @Override
    public void migrateThingType(Thing thing, ThingTypeUID thingTypeUID, Configuration configuration) {
        throw new UnsupportedOperationException("This runtime cannot change the type of Thing " + thing.getUID());
    }

    @Override
    public void channelTriggered(Thing thing, ChannelUID channelUID, String event) {
        logger.info("Channel '{}' triggered {}", channelUID, event);
    }

    @Override
    public ChannelBuilder createChannelBuilder(ChannelUID channelUID, ChannelTypeUID channelTypeUID) {
        return ChannelBuilder.create(channelUID).withType(channelTypeUID);
    }

    @Override
    public ChannelBuilder editChannel(Thing thing, ChannelUID channelUID) {
        Channel channel = thing.getChannel(channelUID);
        if (channel == null) {
            throw new IllegalArgumentException("Thing " + thing.getUID() + " has no channel " + channelUID);
        }
        return ChannelBuilder.create(channel);
    }

    @Override
    public List<ChannelBuilder> createChannelBuilders(ChannelGroupUID channelGroupUID,
            ChannelGroupTypeUID channelGroupTypeUID) {
        // this runtime has no registry of channel group types to build from
        return List.of();
    }

    @Override
    public boolean isChannelLinked(ChannelUID channelUID) {
        return registry.isLinked(channelUID);
    }

    @Override
    public Bridge getBridge(ThingUID bridgeUID) {
        return registry.get(bridgeUID) instanceof Bridge bridge ? bridge : null;
    }
}
