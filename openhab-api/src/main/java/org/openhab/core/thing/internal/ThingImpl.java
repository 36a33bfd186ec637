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
package org.openhab.core.thing.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;

/**
 * The default {@link Thing} (built by {@code ThingBuilder}); thread-safe, equal when the UIDs are equal.
 *
 * @author Dennis Nobel - Initial contribution (openHAB)
 */
@NonNullByDefault
public class ThingImpl implements Thing {

    private @Nullable String label;
    private @Nullable ThingUID bridgeUID;
    private final List<Channel> channels = new ArrayList<>();
    private Configuration configuration = new Configuration();
    private final Map<String, String> properties = new HashMap<>();
    private ThingUID uid;
    private ThingTypeUID thingTypeUID;
    private @Nullable String location;
    private volatile ThingStatusInfo status = new ThingStatusInfo(ThingStatus.UNINITIALIZED, ThingStatusDetail.NONE,
            null);
    private transient volatile @Nullable ThingHandler thingHandler;

    /**
     * @param thingTypeUID the thing type
     * @param thingId the thing id (the UID becomes {@code binding:type:thingId})
     */
    public ThingImpl(ThingTypeUID thingTypeUID, String thingId) {
        this(thingTypeUID, new ThingUID(thingTypeUID, thingId));
    }

    public ThingImpl(ThingTypeUID thingTypeUID, ThingUID thingUID) {
        this.uid = thingUID;
        this.thingTypeUID = thingTypeUID;
    }

    @Override
    public @Nullable String getLabel() {
        return label;
    }

    @Override
    public void setLabel(@Nullable String label) {
        this.label = label;
    }

    @Override
    public @Nullable ThingUID getBridgeUID() {
        return bridgeUID;
    }

    @Override
    public void setBridgeUID(@Nullable ThingUID bridgeUID) {
        this.bridgeUID = bridgeUID;
    }

    @Override
    public List<Channel> getChannels() {
        synchronized (channels) {
            return List.copyOf(channels);
        }
    }

    @Override
    public List<Channel> getChannelsOfGroup(String channelGroupId) {
        List<Channel> result = new ArrayList<>();
        for (Channel channel : getChannels()) {
            if (channelGroupId.equals(channel.getUID().getGroupId())) {
                result.add(channel);
            }
        }
        return Collections.unmodifiableList(result);
    }

    @Override
    public @Nullable Channel getChannel(String channelId) {
        for (Channel channel : getChannels()) {
            if (channel.getUID().getId().equals(channelId)) {
                return channel;
            }
        }
        return null;
    }

    @Override
    public @Nullable Channel getChannel(ChannelUID channelUID) {
        for (Channel channel : getChannels()) {
            if (channel.getUID().equals(channelUID)) {
                return channel;
            }
        }
        return null;
    }

    /**
     * Replaces the channels.
     */
    public void setChannels(List<Channel> channels) {
        synchronized (this.channels) {
            this.channels.clear();
            this.channels.addAll(channels);
        }
    }

    public void addChannel(Channel channel) {
        synchronized (channels) {
            channels.add(channel);
        }
    }

    @Override
    public ThingStatus getStatus() {
        return status.getStatus();
    }

    @Override
    public ThingStatusInfo getStatusInfo() {
        return status;
    }

    @Override
    public void setStatusInfo(ThingStatusInfo status) {
        this.status = status;
    }

    @Override
    public void setHandler(@Nullable ThingHandler thingHandler) {
        this.thingHandler = thingHandler;
    }

    @Override
    public @Nullable ThingHandler getHandler() {
        return thingHandler;
    }

    @Override
    public Configuration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(@Nullable Configuration configuration) {
        this.configuration = configuration == null ? new Configuration() : configuration;
    }

    @Override
    public ThingUID getUID() {
        return uid;
    }

    public void setId(ThingUID id) {
        this.uid = id;
    }

    @Override
    public ThingTypeUID getThingTypeUID() {
        return thingTypeUID;
    }

    public void setThingTypeUID(ThingTypeUID thingTypeUID) {
        this.thingTypeUID = thingTypeUID;
    }

    @Override
    public Map<String, String> getProperties() {
        synchronized (properties) {
            return Map.copyOf(properties);
        }
    }

    @Override
    public @Nullable String setProperty(String name, @Nullable String value) {
        synchronized (properties) {
            return value == null ? properties.remove(name) : properties.put(name, value);
        }
    }

    @Override
    public void setProperties(Map<String, String> properties) {
        synchronized (this.properties) {
            this.properties.clear();
            this.properties.putAll(properties);
        }
    }

    @Override
    public @Nullable String getLocation() {
        return location;
    }

    @Override
    public void setLocation(@Nullable String location) {
        this.location = location;
    }

    @Override
    public boolean isEnabled() {
        return getStatusInfo().getStatusDetail() != ThingStatusDetail.DISABLED;
    }

    @Override
    public int hashCode() {
        return 31 + uid.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        return Objects.equals(uid, ((ThingImpl) obj).uid);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " [label=" + label + ", channels=" + getChannels().size()
                + ", status=" + status + ", bridgeUID=" + bridgeUID + ", uid=" + uid + ", thingTypeUID="
                + thingTypeUID + ", location=" + location + "]";
    }
}
