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
package org.openhab.binding.ksem.runtime.api;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One Thing as {@code things.json} stores it.
 *
 * @param uid the Thing UID, e.g. {@code ksem:meter:home}
 * @param thingTypeUID e.g. {@code ksem:meter}
 * @param bridgeUID the UID of its bridge, or null
 * @param label a label, or null
 * @param configuration parameter values: {@code String}, {@code BigDecimal}, {@code Boolean} or lists of them
 * @param properties the Thing properties (serial number, firmware, ...)
 * @param linkedChannels the channels that count as linked to an item, by id ({@code grid#power-import}); null means
 *            all of them, as if every channel had an item
 *
 * @author KSEM binding contributors
 */
public record ThingDefinition(String uid, String thingTypeUID, String bridgeUID, String label,
        Map<String, Object> configuration, Map<String, String> properties, List<String> linkedChannels) {

    public ThingDefinition {
        // sorted copies: a stable file that diffs well
        configuration = Collections.unmodifiableMap(new TreeMap<>(configuration));
        properties = Collections.unmodifiableMap(new TreeMap<>(properties));
        linkedChannels = linkedChannels == null ? null : List.copyOf(new TreeSet<>(linkedChannels));
    }

    /** A Thing whose channels all count as linked. */
    public ThingDefinition(String uid, String thingTypeUID, String bridgeUID, String label,
            Map<String, Object> configuration, Map<String, String> properties) {
        this(uid, thingTypeUID, bridgeUID, label, configuration, properties, null);
    }

    public static ThingDefinition of(String uid, String thingTypeUID, String label,
            Map<String, Object> configuration) {
        return new ThingDefinition(uid, thingTypeUID, null, label, configuration, Map.of());
    }

    /** This Thing with only these channels linked. */
    public ThingDefinition withLinkedChannels(List<String> channelIds) {
        return new ThingDefinition(uid, thingTypeUID, bridgeUID, label, configuration, properties, channelIds);
    }
}
