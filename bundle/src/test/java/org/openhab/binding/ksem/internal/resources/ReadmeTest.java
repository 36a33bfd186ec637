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
package org.openhab.binding.ksem.internal.resources;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ksem.internal.resources.OhInfModel.ChannelGroupTypeDef;
import org.openhab.binding.ksem.internal.resources.OhInfModel.Member;
import org.openhab.binding.ksem.internal.resources.OhInfModel.ThingTypeDef;

/**
 * Keeps the README honest: its channel tables list exactly the channels of the thing-type XML, and every channel UID
 * in the Full Example exists.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class ReadmeTest {

    private static final Pattern CHANNEL_UID = Pattern.compile("ksem:(\\w+):[\\w-]+(?::[\\w-]+)?:([\\w-]+)#([\\w-]+)");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\|", Pattern.MULTILINE);

    private final OhInfModel model = new OhInfModel(OhInfResources.get());

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    }

    private static String section(String readme, String heading) {
        int start = readme.indexOf(heading);
        assertTrue(start >= 0, "README has " + heading);
        int level = heading.indexOf(' ');
        Matcher next = Pattern.compile("^#{1," + level + "} ", Pattern.MULTILINE).matcher(readme);
        int end = next.find(start + heading.length()) ? next.start() : readme.length();
        return readme.substring(start, end);
    }

    private Set<String> channelsOfGroupTypes(String... groupTypes) {
        Set<String> ids = new TreeSet<>();
        for (String groupType : groupTypes) {
            ChannelGroupTypeDef group = model.channelGroupTypes.get(groupType);
            assertNotNull(group, groupType);
            group.channels().forEach(channel -> ids.add(channel.id()));
        }
        return ids;
    }

    private static Set<String> tableRows(String section) {
        Set<String> ids = new TreeSet<>();
        Matcher matcher = TABLE_ROW.matcher(section);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    @Test
    void channelTablesMatchTheXml() throws IOException {
        String readme = readme();
        assertEquals(channelsOfGroupTypes("grid-values", "phase-values"),
                tableRows(section(readme, "### Grid totals")));
        assertEquals(channelsOfGroupTypes("energy-flow"), tableRows(section(readme, "### Energy flow")));
        assertEquals(channelsOfGroupTypes("device-values"), tableRows(section(readme, "### Device")));
    }

    @Test
    void everyChannelUidOfTheFullExampleExists() throws IOException {
        String example = section(readme(), "## Full Example");
        Matcher matcher = CHANNEL_UID.matcher(example);
        Set<String> checked = new LinkedHashSet<>();
        while (matcher.find()) {
            String thingType = matcher.group(1);
            String group = matcher.group(2);
            String channel = matcher.group(3);
            ThingTypeDef type = model.thingTypes.get(thingType);
            assertNotNull(type, "thing type " + thingType + " in " + matcher.group());
            Member groupMember = type.channelGroups().stream().filter(g -> g.id().equals(group)).findFirst()
                    .orElse(null);
            assertNotNull(groupMember, "channel group " + group + " in " + matcher.group());
            ChannelGroupTypeDef groupType = model.channelGroupTypes.get(groupMember.typeId());
            assertNotNull(groupType);
            assertTrue(groupType.channels().stream().anyMatch(c -> c.id().equals(channel)),
                    "channel " + channel + " in group " + group + ": " + matcher.group());
            checked.add(matcher.group());
        }
        assertTrue(checked.size() >= 10, "the example links items to channels: " + checked);
    }
}
