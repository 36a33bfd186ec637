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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.openhab.binding.ksem.runtime.api.ThingDefinition;
import org.openhab.binding.ksem.runtime.api.ThingsFile;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingRegistry;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.internal.BridgeImpl;
import org.openhab.core.thing.internal.ThingImpl;

/**
 * openHAB's {@link ThingRegistry}, backed by {@code things.json}: the Things are read once at start, and whatever a
 * handler changes (configuration, properties, label) is written back, so that e.g. an access token the binding stored
 * survives a restart.
 *
 * @author KSEM binding contributors
 */
final class JsonThingRegistry implements ThingRegistry {

    private final Path file;
    private final Map<ThingUID, Thing> things = new LinkedHashMap<>();
    /** What the file holds, per Thing: to tell which parameters a handler changed. */
    private final Map<ThingUID, Map<String, Object>> storedConfigurations = new HashMap<>();
    /** The linked channels of the Things that list them; a Thing without an entry has all its channels linked. */
    private final Map<ThingUID, Set<String>> linkedChannels = new HashMap<>();

    private JsonThingRegistry(Path file) {
        this.file = file;
    }

    /** An empty registry if the file does not exist. */
    static JsonThingRegistry load(Path file, Set<ThingTypeUID> bridgeTypes) throws IOException {
        JsonThingRegistry registry = new JsonThingRegistry(file);
        if (Files.exists(file)) {
            for (ThingDefinition definition : ThingsFile.read(file)) {
                registry.add(definition, bridgeTypes);
            }
            registry.connectBridges();
        }
        return registry;
    }

    @Override
    public synchronized Collection<Thing> getAll() {
        return List.copyOf(things.values());
    }

    @Override
    public Stream<Thing> stream() {
        return getAll().stream();
    }

    @Override
    public synchronized Thing get(ThingUID uid) {
        return things.get(uid);
    }

    @Override
    public Channel getChannel(ChannelUID channelUID) {
        Thing thing = get(channelUID.getThingUID());
        return thing == null ? null : thing.getChannel(channelUID);
    }

    /** Whether a channel counts as linked: openHAB asks its item-channel links, this runtime its file. */
    synchronized boolean isLinked(ChannelUID channelUID) {
        Set<String> linked = linkedChannels.get(channelUID.getThingUID());
        return linked == null || linked.contains(channelUID.getId());
    }

    /**
     * Stores a Thing a handler changed (it may be a new object for the same UID) in the file.
     *
     * @return the names of the configuration parameters that changed, sorted; empty if only e.g. properties did
     * @throws IllegalStateException if the file cannot be written: openHAB's answer for read-only Things
     */
    synchronized List<String> update(Thing thing) {
        if (!things.containsKey(thing.getUID())) {
            throw new IllegalStateException("Thing " + thing.getUID() + " is not in " + file);
        }
        things.put(thing.getUID(), thing);
        Map<String, Object> configuration = thing.getConfiguration().getProperties();
        try {
            ThingsFile.write(file, things.values().stream().map(this::definition).toList());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        Map<String, Object> before = storedConfigurations.put(thing.getUID(), configuration);
        return changedNames(before == null ? Map.of() : before, configuration);
    }

    private void add(ThingDefinition definition, Set<ThingTypeUID> bridgeTypes) {
        ThingTypeUID type = new ThingTypeUID(definition.thingTypeUID());
        ThingUID uid = new ThingUID(definition.uid());
        ThingImpl thing = bridgeTypes.contains(type) ? new BridgeImpl(type, uid) : new ThingImpl(type, uid);
        thing.setLabel(definition.label());
        if (definition.bridgeUID() != null) {
            thing.setBridgeUID(new ThingUID(definition.bridgeUID()));
        }
        thing.setConfiguration(new Configuration(definition.configuration()));
        thing.setProperties(definition.properties());
        things.put(uid, thing);
        storedConfigurations.put(uid, thing.getConfiguration().getProperties());
        if (definition.linkedChannels() != null) {
            linkedChannels.put(uid, new TreeSet<>(definition.linkedChannels()));
        }
    }

    private void connectBridges() {
        for (Thing thing : things.values()) {
            ThingUID bridgeUID = thing.getBridgeUID();
            if (bridgeUID != null && things.get(bridgeUID) instanceof BridgeImpl bridge) {
                bridge.addThing(thing);
            }
        }
    }

    private ThingDefinition definition(Thing thing) {
        ThingUID bridgeUID = thing.getBridgeUID();
        Set<String> linked = linkedChannels.get(thing.getUID());
        return new ThingDefinition(thing.getUID().getAsString(), thing.getThingTypeUID().getAsString(),
                bridgeUID == null ? null : bridgeUID.getAsString(), thing.getLabel(),
                thing.getConfiguration().getProperties(), thing.getProperties(),
                linked == null ? null : List.copyOf(linked));
    }

    private static List<String> changedNames(Map<String, Object> before, Map<String, Object> after) {
        Set<String> names = new HashSet<>(before.keySet());
        names.addAll(after.keySet());
        List<String> changed = new ArrayList<>();
        for (String name : new TreeSet<>(names)) {
            if (!Objects.equals(before.get(name), after.get(name))) {
                changed.add(name);
            }
        }
        return changed;
    }
}
