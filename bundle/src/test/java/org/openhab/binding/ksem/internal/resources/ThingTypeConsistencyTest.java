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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ksem.internal.resources.OhInfModel.ChannelGroupTypeDef;
import org.openhab.binding.ksem.internal.resources.OhInfModel.ChannelTypeDef;
import org.openhab.binding.ksem.internal.resources.OhInfModel.ConfigDescriptionDef;
import org.openhab.binding.ksem.internal.resources.OhInfModel.Member;
import org.openhab.binding.ksem.internal.resources.OhInfModel.ParameterDef;
import org.openhab.binding.ksem.internal.resources.OhInfModel.ParameterGroupDef;
import org.openhab.binding.ksem.internal.resources.OhInfModel.ThingTypeDef;

/**
 * Cross-checks the OH-INF files: references, naming rules, semantic tags, i18n keys and the channel layout fixed in
 * docs/design.md (the contract with the Java code).
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class ThingTypeConsistencyTest {

    private static final Pattern LOWER_CASE_HYPHEN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CAMEL_CASE = Pattern.compile("[a-z][a-zA-Z0-9]*");
    private static final int MAX_LABEL_LENGTH = 25;
    private static final Set<String> TITLE_CASE_SMALL_WORDS = Set.of("a", "an", "and", "as", "at", "by", "for", "from",
            "in", "of", "on", "or", "per", "the", "to", "with");

    /** Point tags of openHAB 4.3 that 5.x still has (Calculation and Forecast exist only from 5.0). */
    private static final Set<String> POINT_TAGS = Set.of("Alarm", "Control", "Measurement", "Setpoint", "Status",
            "Switch");
    /** Property tags present in openHAB 4.3 and in the 5.x schema (Info, StateOfCharge and others are 5.0+). */
    private static final Set<String> PROPERTY_TAGS = Set.of("CO", "CO2", "ColorTemperature", "Current", "Duration",
            "Energy", "Frequency", "Gas", "Humidity", "Level", "Light", "Noise", "Oil", "Opening", "Power", "Presence",
            "Pressure", "Rain", "Smoke", "SoundVolume", "Temperature", "Timestamp", "Ultraviolet", "Vibration",
            "Voltage", "Water", "Wind");

    /** Thing properties openHAB defines (Thing.PROPERTY_*); a representation property may also be one of them. */
    private static final Set<String> THING_PROPERTIES = Set.of("vendor", "modelId", "serialNumber", "hardwareVersion",
            "firmwareVersion", "macAddress");

    private static final String POWER = "Number:Power";
    private static final String ENERGY = "Number:Energy";

    private final OhInfModel model = new OhInfModel(OhInfResources.get());
    private final Map<String, String> english = OhInfResources.get().translations("");

    @Test
    void idsAreUnique() {
        assertEquals(List.of(), model.duplicateIds, "defined more than once");
    }

    @Test
    void referencedChannelTypesExist() {
        List<String> problems = new ArrayList<>();
        for (ThingTypeDef thingType : model.thingTypes.values()) {
            for (Member channel : thingType.channels()) {
                checkChannelTypeRef("thing-type " + thingType.id(), channel, problems);
            }
        }
        for (ChannelGroupTypeDef group : model.channelGroupTypes.values()) {
            for (Member channel : group.channels()) {
                checkChannelTypeRef("channel-group-type " + group.id(), channel, problems);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void referencedChannelGroupTypesExist() {
        List<String> problems = new ArrayList<>();
        for (ThingTypeDef thingType : model.thingTypes.values()) {
            for (Member group : thingType.channelGroups()) {
                if (!model.channelGroupTypes.containsKey(group.typeId())) {
                    problems.add("thing-type " + thingType.id() + ", group " + group.id() + ": unknown typeId "
                            + group.typeId());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyChannelTypeAndChannelGroupTypeIsUsed() {
        Set<String> usedChannelTypes = new HashSet<>();
        Set<String> usedGroupTypes = new HashSet<>();
        for (ThingTypeDef thingType : model.thingTypes.values()) {
            thingType.channels().forEach(channel -> usedChannelTypes.add(channel.typeId()));
            thingType.channelGroups().forEach(group -> usedGroupTypes.add(group.typeId()));
        }
        for (ChannelGroupTypeDef group : model.channelGroupTypes.values()) {
            group.channels().forEach(channel -> usedChannelTypes.add(channel.typeId()));
        }
        Set<String> unusedChannelTypes = new TreeSet<>(model.channelTypes.keySet());
        unusedChannelTypes.removeAll(usedChannelTypes);
        Set<String> unusedGroupTypes = new TreeSet<>(model.channelGroupTypes.keySet());
        unusedGroupTypes.removeAll(usedGroupTypes);
        assertAll(() -> assertEquals(Set.of(), unusedChannelTypes, "channel types no channel uses"),
                () -> assertEquals(Set.of(), unusedGroupTypes, "channel group types no thing type uses"));
    }

    @Test
    void thingTypesUseChannelsOrGroupsNotBoth() {
        for (ThingTypeDef thingType : model.thingTypes.values()) {
            assertFalse(!thingType.channels().isEmpty() && !thingType.channelGroups().isEmpty(),
                    "thing-type " + thingType.id() + " has channels and channel groups");
        }
    }

    @Test
    void bridgeAndConfigReferencesResolve() {
        List<String> problems = new ArrayList<>();
        Set<String> usedConfigs = new HashSet<>();
        for (ThingTypeDef thingType : model.thingTypes.values()) {
            for (String bridgeRef : thingType.bridgeTypeRefs()) {
                ThingTypeDef bridge = model.thingTypes.get(bridgeRef);
                if (bridge == null || !bridge.isBridge()) {
                    problems.add("thing-type " + thingType.id() + ": " + bridgeRef + " is not a bridge-type");
                }
            }
            String uri = thingType.configUri();
            ConfigDescriptionDef config = null;
            if (uri != null) {
                usedConfigs.add(uri);
                config = model.configDescriptions.get(uri);
                if (config == null) {
                    problems.add("thing-type " + thingType.id() + ": config description " + uri + " does not exist");
                } else if (!uri.equals("thing-type:" + model.bindingId + ":" + thingType.id())) {
                    problems.add("thing-type " + thingType.id() + " refers to the config of another type: " + uri);
                }
            }
            String representation = thingType.representationProperty();
            if (representation != null && !THING_PROPERTIES.contains(representation)
                    && !thingType.properties().containsKey(representation) && (config == null
                            || config.parameters().stream().noneMatch(p -> p.name().equals(representation)))) {
                problems.add("thing-type " + thingType.id() + ": representation property " + representation
                        + " is neither a Thing property nor a config parameter");
            }
        }
        for (String uri : model.configDescriptions.keySet()) {
            if (!usedConfigs.contains(uri)) {
                problems.add("config description " + uri + " is not used by any thing type");
            }
        }
        for (ConfigDescriptionDef config : model.configDescriptions.values()) {
            Set<String> groups = new HashSet<>();
            config.groups().forEach(group -> groups.add(group.name()));
            for (ParameterDef parameter : config.parameters()) {
                String groupName = parameter.groupName();
                if (groupName != null && !groups.contains(groupName)) {
                    problems.add(config.uri() + "#" + parameter.name() + ": unknown parameter group " + groupName);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void idsAreLowerCaseHyphen() {
        List<String> bad = new ArrayList<>();
        for (ThingTypeDef thingType : model.thingTypes.values()) {
            checkId("thing-type", thingType.id(), bad);
            thingType.channels().forEach(channel -> checkId("channel", channel.id(), bad));
            thingType.channelGroups().forEach(group -> checkId("channel-group", group.id(), bad));
        }
        for (ChannelGroupTypeDef group : model.channelGroupTypes.values()) {
            checkId("channel-group-type", group.id(), bad);
            group.channels().forEach(channel -> checkId("channel", channel.id(), bad));
        }
        model.channelTypes.keySet().forEach(id -> checkId("channel-type", id, bad));
        assertEquals(List.of(), bad, "openHAB wants lower-case-hyphen ids");
    }

    @Test
    void configParameterNamesAreCamelCase() {
        List<String> bad = new ArrayList<>();
        for (ConfigDescriptionDef config : model.configDescriptions.values()) {
            for (ParameterDef parameter : config.parameters()) {
                if (!CAMEL_CASE.matcher(parameter.name()).matches()) {
                    bad.add(config.uri() + "#" + parameter.name());
                }
            }
            for (ParameterGroupDef group : config.groups()) {
                if (!CAMEL_CASE.matcher(group.name()).matches()) {
                    bad.add(config.uri() + " group " + group.name());
                }
            }
        }
        assertEquals(List.of(), bad, "openHAB wants camelCase parameter names");
    }

    @Test
    void everyXmlTextHasAnI18nKeyWithTheSameEnglishText() {
        List<String> missing = new ArrayList<>();
        List<String> different = new ArrayList<>();
        for (Entry<String, String> expected : model.expectedI18n().entrySet()) {
            String value = english.get(expected.getKey());
            if (value == null) {
                missing.add(expected.getKey() + " = " + expected.getValue());
            } else if (!OhInfResources.normalise(value).equals(expected.getValue())) {
                different
                        .add(expected.getKey() + ": XML \"" + expected.getValue() + "\", properties \"" + value + "\"");
            }
        }
        assertAll(() -> assertEquals(List.of(), missing, "texts of the XML files without a key in ksem.properties"),
                () -> assertEquals(List.of(), different, "ksem.properties differs from the XML text"));
    }

    @Test
    void everyXmlDerivedI18nKeyRefersToSomethingThatExists() {
        Set<String> expected = model.expectedI18n().keySet();
        List<String> orphans = new ArrayList<>();
        for (String key : english.keySet()) {
            boolean xmlDerived = key.startsWith("thing-type.") || key.startsWith("channel-type.")
                    || key.startsWith("channel-group-type.") || key.startsWith("addon.");
            if (xmlDerived && !expected.contains(key)) {
                orphans.add(key);
            }
        }
        assertEquals(List.of(), orphans,
                "keys in ksem.properties for things, channels or parameters that do not exist");
    }

    @Test
    void channelTypesHaveAtMostOnePointAndOnePropertyTag() {
        List<String> problems = new ArrayList<>();
        for (ChannelTypeDef channelType : model.channelTypes.values()) {
            List<String> tags = channelType.tags();
            String where = "channel-type " + channelType.id() + " " + tags;
            if (tags.size() > 2) {
                problems.add(where + ": more than two tags");
            }
            if (!tags.isEmpty() && !POINT_TAGS.contains(tags.get(0))) {
                problems.add(where + ": the first tag must be a Point tag of 4.3 and 5.x " + new TreeSet<>(POINT_TAGS));
            }
            if (tags.size() == 2 && !PROPERTY_TAGS.contains(tags.get(1))) {
                problems.add(where + ": the second tag must be a Property tag of 4.3 and 5.x");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void labelsAreShortAndTitleCase() {
        List<String> problems = new ArrayList<>();
        for (ThingTypeDef thingType : model.thingTypes.values()) {
            checkLabel("thing-type " + thingType.id(), thingType.label(), problems);
            for (Member group : thingType.channelGroups()) {
                String label = group.label();
                if (label != null) {
                    checkLabel("thing-type " + thingType.id() + " group " + group.id(), label, problems);
                }
            }
        }
        for (ChannelGroupTypeDef group : model.channelGroupTypes.values()) {
            checkLabel("channel-group-type " + group.id(), group.label(), problems);
        }
        for (ChannelTypeDef channelType : model.channelTypes.values()) {
            checkLabel("channel-type " + channelType.id(), channelType.label(), problems);
            if (channelType.description() == null) {
                problems.add("channel-type " + channelType.id() + " has no description");
            }
        }
        for (ConfigDescriptionDef config : model.configDescriptions.values()) {
            for (ParameterDef parameter : config.parameters()) {
                String label = parameter.label();
                if (label == null || parameter.description() == null) {
                    problems.add(config.uri() + "#" + parameter.name() + " needs a label and a description");
                } else {
                    checkLabel(config.uri() + "#" + parameter.name(), label, problems);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void channelTypesDescribeTheirState() {
        List<String> problems = new ArrayList<>();
        for (ChannelTypeDef channelType : model.channelTypes.values()) {
            String where = "channel-type " + channelType.id();
            String itemType = channelType.itemType();
            if (itemType == null) {
                problems.add(where + " has no item-type");
                continue;
            }
            if (itemType.startsWith("Number:") && channelType.unitHint() == null) {
                problems.add(where + ": " + itemType + " without unitHint");
            }
            if (!channelType.hasState() && !"Switch".equals(itemType)) {
                problems.add(where + " has no <state> (readOnly, pattern)");
            }
            String pattern = channelType.pattern();
            if (itemType.startsWith("Number:") && (pattern == null || !pattern.contains("%unit%"))) {
                problems.add(where + ": the pattern of a quantity should show %unit%");
            }
            if (channelType.category() == null) {
                problems.add(where + " has no category");
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * The channel layout of docs/design.md ("Thing types, channel groups and channels") and of the wallbox; the Java
     * code addresses channels by these ids.
     */
    @Test
    void channelLayoutMatchesTheDesign() {
        Map<String, String> grid = new LinkedHashMap<>();
        Map<String, String> phase = new LinkedHashMap<>();
        for (String direction : List.of("import", "export")) {
            for (Map<String, String> group : List.of(grid, phase)) {
                group.put("power-" + direction, POWER + "|W");
                group.put("reactive-power-" + direction, POWER + "|var");
                group.put("apparent-power-" + direction, POWER + "|VA");
                group.put("energy-" + direction, ENERGY + "|kWh");
                group.put("reactive-energy-" + direction, ENERGY + "|kvarh");
                group.put("apparent-energy-" + direction, ENERGY + "|kVAh");
            }
        }
        for (Map<String, String> group : List.of(grid, phase)) {
            group.put("power-net", POWER + "|W");
            group.put("power-factor", "Number|");
        }
        grid.put("frequency", "Number:Frequency|Hz");
        phase.put("current", "Number:ElectricCurrent|A");
        phase.put("voltage", "Number:ElectricPotential|V");

        Map<String, String> energyFlow = new LinkedHashMap<>();
        for (String id : List.of("home-power", "pv-power", "battery-power", "grid-power", "wallbox-power",
                "home-power-pv", "home-power-battery", "home-power-grid")) {
            energyFlow.put(id, POWER + "|W");
        }
        energyFlow.put("battery-soc", "Number:Dimensionless|%");
        for (String id : List.of("grid-energy-import", "grid-energy-export", "pv-energy", "battery-energy-charge",
                "battery-energy-discharge", "wallbox-energy")) {
            energyFlow.put(id, ENERGY + "|kWh");
        }

        Map<String, String> device = Map.of("cpu-load", "Number:Dimensionless|%", "cpu-temperature",
                "Number:Temperature|°C", "ram-free", "Number:DataAmount|kB", "last-reading", "DateTime|", "token-state",
                "String|", "token-expiry", "DateTime|");

        Map<String, String> wallbox = new LinkedHashMap<>();
        wallbox.put("state", "String|");
        wallbox.put("charging-power", POWER + "|W");
        wallbox.put("charging-power-l1", POWER + "|W");
        wallbox.put("charging-power-l2", POWER + "|W");
        wallbox.put("charging-power-l3", POWER + "|W");
        wallbox.put("charge-mode", "String|");
        wallbox.put("min-pv-power-quota", "Number:Dimensionless|%");
        wallbox.put("min-charging-power-quota", "Number:Dimensionless|%");
        wallbox.put("phase-switching", "Number|");
        wallbox.put("battery-usage", "Switch|");

        ThingTypeDef meter = model.thingTypes.get("meter");
        ThingTypeDef wallboxType = model.thingTypes.get("wallbox");
        assertNotNull(meter, "bridge-type meter");
        assertNotNull(wallboxType, "thing-type wallbox");
        assertTrue(meter.isBridge(), "meter must be a bridge-type");
        assertEquals(List.of("meter"), wallboxType.bridgeTypeRefs(), "wallbox bridge");
        assertEquals("serialNumber", meter.representationProperty());
        assertEquals("uuid", wallboxType.representationProperty());

        Map<String, String> groups = new LinkedHashMap<>();
        meter.channelGroups().forEach(group -> groups.put(group.id(), group.typeId()));
        assertEquals(Map.of("grid", "grid-values", "l1", "phase-values", "l2", "phase-values", "l3", "phase-values",
                "energy-flow", "energy-flow", "device", "device-values"), groups, "meter channel groups");

        assertAll(() -> assertEquals(grid, layout(groupChannels("grid-values")), "grid channels"),
                () -> assertEquals(phase, layout(groupChannels("phase-values")), "phase channels"),
                () -> assertEquals(energyFlow, layout(groupChannels("energy-flow")), "energy-flow channels"),
                () -> assertEquals(device, layout(groupChannels("device-values")), "device channels"),
                () -> assertEquals(wallbox, layout(wallboxType.channels()), "wallbox channels"));
    }

    @Test
    void advancedChannelsMatchTheDesign() {
        Set<String> advanced = new TreeSet<>();
        model.channelTypes.values().stream().filter(ChannelTypeDef::advanced).forEach(c -> advanced.add(c.id()));
        assertEquals(new TreeSet<>(List.of("reactive-power-import", "reactive-power-export", "apparent-power-import",
                "apparent-power-export", "reactive-energy-import", "reactive-energy-export", "apparent-energy-import",
                "apparent-energy-export", "ram-free", "charging-power-l1", "charging-power-l2", "charging-power-l3")),
                advanced);
    }

    @Test
    void configParametersMatchTheDesign() {
        ConfigDescriptionDef meter = model.configDescriptions.get("thing-type:" + model.bindingId + ":meter");
        ConfigDescriptionDef wallbox = model.configDescriptions.get("thing-type:" + model.bindingId + ":wallbox");
        assertNotNull(meter);
        assertNotNull(wallbox);
        // name -> type|required|advanced|default|unit|min|context
        Map<String, String> expectedMeter = new LinkedHashMap<>();
        expectedMeter.put("hostname", "text|true|false|||null|network-address");
        expectedMeter.put("useHttps", "boolean|false|true|false||null|");
        expectedMeter.put("certificateFingerprint", "text|false|true|||null|");
        expectedMeter.put("password", "text|false|false|||null|password");
        expectedMeter.put("accessToken", "text|false|false|||null|password");
        expectedMeter.put("tokenRole", "text|false|true|api||null|");
        expectedMeter.put("updateInterval", "integer|false|false|5|s|0|");
        expectedMeter.put("watchdogTimeout", "integer|false|true|30|s|5|");
        Map<String, String> expectedWallbox = new LinkedHashMap<>();
        expectedWallbox.put("uuid", "text|true|false|||null|");
        expectedWallbox.put("refreshInterval", "integer|false|true|60|s|15|");

        assertAll(() -> assertEquals(expectedMeter, describe(meter)),
                () -> assertEquals(expectedWallbox, describe(wallbox)), () -> {
                    ParameterDef role = meter.parameters().stream().filter(p -> p.name().equals("tokenRole"))
                            .findFirst().orElseThrow();
                    assertEquals(List.of("api", "admin"), role.options().stream().map(o -> o.value()).toList());
                });
    }

    @Test
    void xmlFilesIndentWithTabs() {
        OhInfResources resources = OhInfResources.get();
        List<String> problems = new ArrayList<>();
        for (String file : resources.xmlFiles()) {
            String[] lines = resources.text(file).split("\\R");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith(" ")) {
                    problems.add("OH-INF/" + file + ":" + (i + 1));
                }
                if (!lines[i].isEmpty() && lines[i].endsWith(" ")) {
                    problems.add("OH-INF/" + file + ":" + (i + 1) + " trailing space");
                }
            }
        }
        assertEquals(List.of(), problems, "openHAB formats XML with tabs");
    }

    private static Map<String, String> describe(ConfigDescriptionDef config) {
        Map<String, String> result = new LinkedHashMap<>();
        for (ParameterDef p : config.parameters()) {
            result.put(p.name(),
                    p.type() + "|" + p.required() + "|" + p.advanced() + "|" + nullToEmpty(p.defaultValue()) + "|"
                            + nullToEmpty(p.unit()) + "|" + p.min() + "|" + nullToEmpty(p.context()));
        }
        return result;
    }

    private List<Member> groupChannels(String groupTypeId) {
        ChannelGroupTypeDef group = model.channelGroupTypes.get(groupTypeId);
        assertNotNull(group, "channel-group-type " + groupTypeId);
        return group.channels();
    }

    private Map<String, String> layout(List<Member> channels) {
        Map<String, String> result = new LinkedHashMap<>();
        for (Member channel : channels) {
            ChannelTypeDef type = model.channelTypes.get(channel.typeId());
            result.put(channel.id(), type == null ? "unknown type " + channel.typeId()
                    : nullToEmpty(type.itemType()) + "|" + nullToEmpty(type.unitHint()));
        }
        return result;
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private void checkChannelTypeRef(String owner, Member channel, List<String> problems) {
        String typeId = channel.typeId();
        if (!typeId.startsWith("system.") && !model.channelTypes.containsKey(typeId)) {
            problems.add(owner + ", channel " + channel.id() + ": unknown typeId " + typeId);
        }
    }

    private static void checkId(String kind, String id, List<String> bad) {
        if (!LOWER_CASE_HYPHEN.matcher(id).matches()) {
            bad.add(kind + " " + id);
        }
    }

    private static void checkLabel(String owner, String label, List<String> problems) {
        if (label.isBlank()) {
            problems.add(owner + ": empty label");
            return;
        }
        if (label.length() > MAX_LABEL_LENGTH) {
            problems.add(owner + ": label \"" + label + "\" is longer than " + MAX_LABEL_LENGTH + " characters");
        }
        String[] words = label.split(" ");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
                continue;
            }
            boolean small = i > 0 && TITLE_CASE_SMALL_WORDS.contains(word);
            if (!small && !Character.isUpperCase(word.charAt(0))) {
                problems.add(owner + ": label \"" + label + "\" is not in Title Case");
                return;
            }
        }
    }
}
