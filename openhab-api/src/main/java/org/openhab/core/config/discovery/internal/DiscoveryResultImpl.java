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
package org.openhab.core.config.discovery.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryResultFlag;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * The {@link DiscoveryResult} built by {@code DiscoveryResultBuilder}. Equal when the thing UIDs are equal.
 *
 * @author Michael Grammling - Initial contribution (openHAB)
 */
@NonNullByDefault
public class DiscoveryResultImpl implements DiscoveryResult {

    private final ThingUID thingUID;
    private final @Nullable ThingUID bridgeUID;
    private final @Nullable ThingTypeUID thingTypeUID;
    private final Map<String, Object> properties;
    private final @Nullable String representationProperty;
    private DiscoveryResultFlag flag;
    private final String label;
    private final long timestamp;
    private final long timeToLive;

    /**
     * @throws IllegalArgumentException if the time to live is neither positive nor {@link #TTL_UNLIMITED}
     */
    public DiscoveryResultImpl(@Nullable ThingTypeUID thingTypeUID, ThingUID thingUID,
            @Nullable ThingUID bridgeUID, @Nullable Map<String, Object> properties,
            @Nullable String representationProperty, @Nullable String label, long timeToLive)
            throws IllegalArgumentException {
        if (timeToLive < 1 && timeToLive != TTL_UNLIMITED) {
            throw new IllegalArgumentException("The ttl must not be 0 or negative!");
        }
        this.thingUID = thingUID;
        this.thingTypeUID = thingTypeUID;
        this.bridgeUID = bridgeUID;
        this.properties = properties == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(properties));
        this.representationProperty = representationProperty;
        this.label = label == null ? "" : label;
        this.timestamp = System.currentTimeMillis();
        this.timeToLive = timeToLive;
        this.flag = DiscoveryResultFlag.NEW;
    }

    @Override
    public ThingUID getThingUID() {
        return thingUID;
    }

    @Override
    public ThingTypeUID getThingTypeUID() {
        ThingTypeUID localThingTypeUID = thingTypeUID;
        if (localThingTypeUID != null) {
            return localThingTypeUID;
        }
        // derive it from the thing UID (binding:type:...)
        String[] segments = thingUID.getAsString().split(":");
        return new ThingTypeUID(thingUID.getBindingId(), segments[1]);
    }

    @Override
    public String getBindingId() {
        return thingUID.getBindingId();
    }

    @Override
    public Map<String, Object> getProperties() {
        return properties;
    }

    @Override
    public @Nullable String getRepresentationProperty() {
        return representationProperty;
    }

    @Override
    public DiscoveryResultFlag getFlag() {
        return flag;
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public @Nullable ThingUID getBridgeUID() {
        return bridgeUID;
    }

    @Override
    public long getTimeToLive() {
        return timeToLive;
    }

    /**
     * Sets the inbox flag ({@code null} means {@link DiscoveryResultFlag#NEW}).
     */
    public void setFlag(@Nullable DiscoveryResultFlag flag) {
        this.flag = flag == null ? DiscoveryResultFlag.NEW : flag;
    }

    @Override
    public int hashCode() {
        return 31 + thingUID.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        return thingUID.equals(((DiscoveryResultImpl) obj).thingUID);
    }

    @Override
    public String toString() {
        return "DiscoveryResult [thingUID=" + thingUID + ", properties=" + properties + ", representationProperty="
                + representationProperty + ", flag=" + flag + ", label=" + label + ", bridgeUID=" + bridgeUID
                + ", ttl=" + timeToLive + ", timestamp=" + timestamp + "]";
    }
}
