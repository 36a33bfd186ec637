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

import static org.openhab.binding.ksem.internal.resources.OhInfResources.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The content of the OH-INF XML files as plain records, read with DOM, for the consistency checks.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
final class OhInfModel {

    /** A channel or channel group inside a thing type or channel group type. */
    record Member(String id, String typeId, @Nullable String label, @Nullable String description) {
    }

    record Option(String value, String label) {
    }

    record ThingTypeDef(String file, String element, String id, String label, @Nullable String description,
            @Nullable String category, List<Member> channels, List<Member> channelGroups, List<String> bridgeTypeRefs,
            Map<String, String> properties, @Nullable String representationProperty, @Nullable String configUri,
            boolean inlineConfig) {
        boolean isBridge() {
            return "bridge-type".equals(element);
        }
    }

    record ChannelGroupTypeDef(String file, String id, String label, @Nullable String description,
            List<Member> channels) {
    }

    record ChannelTypeDef(String file, String id, @Nullable String itemType, @Nullable String unitHint, String label,
            @Nullable String description, @Nullable String category, List<String> tags, boolean advanced,
            boolean hasState, boolean readOnly, @Nullable String pattern, List<Option> stateOptions,
            List<Option> commandOptions) {
    }

    record ParameterDef(String name, String type, @Nullable String groupName, @Nullable String label,
            @Nullable String description, List<Option> options, boolean required, boolean advanced,
            @Nullable String defaultValue, @Nullable String unit, @Nullable String min, @Nullable String max,
            @Nullable String context) {
    }

    record ParameterGroupDef(String name, @Nullable String label, @Nullable String description) {
    }

    record ConfigDescriptionDef(String file, String uri, List<ParameterGroupDef> groups,
            List<ParameterDef> parameters) {
    }

    final String bindingId;
    final @Nullable String addonName;
    final @Nullable String addonDescription;
    final Map<String, ThingTypeDef> thingTypes = new LinkedHashMap<>();
    final Map<String, ChannelGroupTypeDef> channelGroupTypes = new LinkedHashMap<>();
    final Map<String, ChannelTypeDef> channelTypes = new LinkedHashMap<>();
    final Map<String, ConfigDescriptionDef> configDescriptions = new LinkedHashMap<>();
    /** Ids defined more than once (across all files), for a test to report. */
    final List<String> duplicateIds = new ArrayList<>();

    OhInfModel(OhInfResources resources) {
        String binding = null;
        for (String file : resources.xmlFiles("thing")) {
            Element root = resources.parse(file).getDocumentElement();
            String fileBinding = root.getAttribute("bindingId");
            if (binding == null) {
                binding = fileBinding;
            } else if (!binding.equals(fileBinding)) {
                duplicateIds.add("bindingId " + fileBinding + " in " + file + " differs from " + binding);
            }
            readThingDescriptions(file, root);
        }
        this.bindingId = binding == null ? BINDING_ID : binding;
        for (String file : resources.xmlFiles("config")) {
            readConfigDescriptions(file, resources.parse(file).getDocumentElement());
        }
        String name = null;
        String description = null;
        for (String file : resources.xmlFiles("addon")) {
            Document document = resources.parse(file);
            name = childText(document.getDocumentElement(), "name");
            description = childText(document.getDocumentElement(), "description");
        }
        this.addonName = name;
        this.addonDescription = description;
    }

    private void readThingDescriptions(String file, Element root) {
        for (Element element : children(root, "thing-type")) {
            addThingType(file, element);
        }
        for (Element element : children(root, "bridge-type")) {
            addThingType(file, element);
        }
        for (Element element : children(root, "channel-group-type")) {
            String id = element.getAttribute("id");
            ChannelGroupTypeDef group = new ChannelGroupTypeDef(file, id, text(element, "label"),
                    childText(element, "description"), members(element, "channels", "channel"));
            if (channelGroupTypes.put(id, group) != null) {
                duplicateIds.add("channel-group-type " + id);
            }
        }
        for (Element element : children(root, "channel-type")) {
            String id = element.getAttribute("id");
            Element itemType = child(element, "item-type");
            List<String> tags = new ArrayList<>();
            Element tagsElement = child(element, "tags");
            if (tagsElement != null) {
                for (Element tag : children(tagsElement, "tag")) {
                    tags.add(normalise(tag.getTextContent()));
                }
            }
            Element state = child(element, "state");
            Element command = child(element, "command");
            ChannelTypeDef channelType = new ChannelTypeDef(file, id,
                    itemType == null ? null : normalise(itemType.getTextContent()),
                    itemType == null ? null : attribute(itemType, "unitHint"), text(element, "label"),
                    childText(element, "description"), childText(element, "category"), tags,
                    "true".equals(attribute(element, "advanced")), state != null,
                    state != null && "true".equals(attribute(state, "readOnly")),
                    state == null ? null : attribute(state, "pattern"), options(state), options(command));
            if (channelTypes.put(id, channelType) != null) {
                duplicateIds.add("channel-type " + id);
            }
        }
    }

    private void addThingType(String file, Element element) {
        String id = element.getAttribute("id");
        List<String> bridgeRefs = new ArrayList<>();
        Element refs = child(element, "supported-bridge-type-refs");
        if (refs != null) {
            for (Element ref : children(refs, "bridge-type-ref")) {
                bridgeRefs.add(ref.getAttribute("id"));
            }
        }
        Map<String, String> properties = new LinkedHashMap<>();
        Element propertiesElement = child(element, "properties");
        if (propertiesElement != null) {
            for (Element property : children(propertiesElement, "property")) {
                properties.put(property.getAttribute("name"), normalise(property.getTextContent()));
            }
        }
        Element configRef = child(element, "config-description-ref");
        ThingTypeDef thingType = new ThingTypeDef(file, localNameOf(element), id, text(element, "label"),
                childText(element, "description"), childText(element, "category"),
                members(element, "channels", "channel"), members(element, "channel-groups", "channel-group"),
                bridgeRefs, properties, childText(element, "representation-property"),
                configRef == null ? null : configRef.getAttribute("uri"), child(element, "config-description") != null);
        if (thingTypes.put(id, thingType) != null) {
            duplicateIds.add("thing-type " + id);
        }
    }

    private void readConfigDescriptions(String file, Element root) {
        for (Element description : children(root, "config-description")) {
            String uri = description.getAttribute("uri");
            List<ParameterGroupDef> groups = new ArrayList<>();
            for (Element group : children(description, "parameter-group")) {
                groups.add(new ParameterGroupDef(group.getAttribute("name"), childText(group, "label"),
                        childText(group, "description")));
            }
            List<ParameterDef> parameters = new ArrayList<>();
            for (Element parameter : children(description, "parameter")) {
                String required = attribute(parameter, "required");
                if (required == null) {
                    required = childText(parameter, "required");
                }
                parameters.add(new ParameterDef(parameter.getAttribute("name"), parameter.getAttribute("type"),
                        attribute(parameter, "groupName"), childText(parameter, "label"),
                        childText(parameter, "description"), options(child(parameter, "options")),
                        "true".equals(required), "true".equals(childText(parameter, "advanced")),
                        childText(parameter, "default"), attribute(parameter, "unit"), attribute(parameter, "min"),
                        attribute(parameter, "max"), childText(parameter, "context")));
            }
            if (configDescriptions.put(uri, new ConfigDescriptionDef(file, uri, groups, parameters)) != null) {
                duplicateIds.add("config-description " + uri);
            }
        }
    }

    private static List<Member> members(Element parent, String listName, String memberName) {
        List<Member> result = new ArrayList<>();
        Element list = child(parent, listName);
        if (list != null) {
            for (Element member : children(list, memberName)) {
                result.add(new Member(member.getAttribute("id"), member.getAttribute("typeId"),
                        childText(member, "label"), childText(member, "description")));
            }
        }
        return result;
    }

    /**
     * @return the options below {@code <options>} of a {@code <state>} or {@code <command>} element, or of an
     *         {@code <options>} element itself
     */
    private static List<Option> options(@Nullable Element element) {
        List<Option> result = new ArrayList<>();
        if (element == null) {
            return result;
        }
        Element options = "options".equals(localNameOf(element)) ? element : child(element, "options");
        if (options != null) {
            for (Element option : children(options, "option")) {
                result.add(new Option(option.getAttribute("value"), normalise(option.getTextContent())));
            }
        }
        return result;
    }

    private static String text(Element parent, String localName) {
        String text = childText(parent, localName);
        return text == null ? "" : text;
    }

    /**
     * @return the i18n key prefix of a config description, e.g. "thing-type.config.ksem.meter" for
     *         "thing-type:ksem:meter" (the last URI segments joined with dots)
     */
    static String configKeyPrefix(String uri) {
        String[] parts = uri.split(":");
        StringBuilder prefix = new StringBuilder(parts[0]).append(".config");
        for (int i = 1; i < parts.length; i++) {
            prefix.append('.').append(parts[i]);
        }
        return prefix.toString();
    }

    /**
     * Derives every i18n key the XML files imply (as openHAB's i18n tooling names them), each with its English text.
     */
    Map<String, String> expectedI18n() {
        Map<String, String> keys = new LinkedHashMap<>();
        String addonPrefix = "addon." + bindingId;
        put(keys, addonPrefix + ".name", addonName);
        put(keys, addonPrefix + ".description", addonDescription);

        for (ThingTypeDef thingType : thingTypes.values()) {
            String prefix = "thing-type." + bindingId + "." + thingType.id();
            put(keys, prefix + ".label", thingType.label());
            put(keys, prefix + ".description", thingType.description());
            for (Member group : thingType.channelGroups()) {
                put(keys, prefix + ".group." + group.id() + ".label", group.label());
                put(keys, prefix + ".group." + group.id() + ".description", group.description());
            }
            for (Member channel : thingType.channels()) {
                put(keys, prefix + ".channel." + channel.id() + ".label", channel.label());
                put(keys, prefix + ".channel." + channel.id() + ".description", channel.description());
            }
        }
        for (ConfigDescriptionDef config : configDescriptions.values()) {
            String prefix = configKeyPrefix(config.uri());
            for (ParameterGroupDef group : config.groups()) {
                put(keys, prefix + ".group." + group.name() + ".label", group.label());
                put(keys, prefix + ".group." + group.name() + ".description", group.description());
            }
            for (ParameterDef parameter : config.parameters()) {
                put(keys, prefix + "." + parameter.name() + ".label", parameter.label());
                put(keys, prefix + "." + parameter.name() + ".description", parameter.description());
                for (Option option : parameter.options()) {
                    put(keys, prefix + "." + parameter.name() + ".option." + option.value(), option.label());
                }
            }
        }
        for (ChannelGroupTypeDef group : channelGroupTypes.values()) {
            String prefix = "channel-group-type." + bindingId + "." + group.id();
            put(keys, prefix + ".label", group.label());
            put(keys, prefix + ".description", group.description());
            for (Member channel : group.channels()) {
                put(keys, prefix + ".channel." + channel.id() + ".label", channel.label());
                put(keys, prefix + ".channel." + channel.id() + ".description", channel.description());
            }
        }
        for (ChannelTypeDef channelType : channelTypes.values()) {
            String prefix = "channel-type." + bindingId + "." + channelType.id();
            put(keys, prefix + ".label", channelType.label());
            put(keys, prefix + ".description", channelType.description());
            for (Option option : channelType.stateOptions()) {
                put(keys, prefix + ".state.option." + option.value(), option.label());
            }
            for (Option option : channelType.commandOptions()) {
                put(keys, prefix + ".command.option." + option.value(), option.label());
            }
        }
        return keys;
    }

    private static void put(Map<String, String> keys, String key, @Nullable String text) {
        if (text != null) {
            keys.put(key, text);
        }
    }
}
