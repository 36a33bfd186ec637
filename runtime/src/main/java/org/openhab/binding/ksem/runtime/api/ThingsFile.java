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

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Reads and writes {@code things.json}: a JSON array of Things with {@code UID}, {@code thingTypeUID},
 * {@code bridgeUID}, {@code label}, {@code configuration}, {@code properties} and, optionally, {@code linkedChannels}
 * (the channel ids that count as linked; without it every channel does). The file may hold a password or an
 * access token, so it is written readable by its owner only, and replaced atomically so that a crash never leaves
 * half a file.
 *
 * @author KSEM binding contributors
 */
public final class ThingsFile {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private ThingsFile() {
    }

    /** @throws IOException if the file cannot be read or is not a valid things file */
    public static List<ThingDefinition> read(Path file) throws IOException {
        JsonElement root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = JsonParser.parseReader(reader);
        } catch (JsonParseException e) {
            throw new IOException(file + " is not valid JSON: " + e.getMessage(), e);
        }
        if (!root.isJsonArray()) {
            throw new IOException(file + " must hold a JSON array of Things");
        }
        List<ThingDefinition> things = new ArrayList<>();
        for (JsonElement element : root.getAsJsonArray()) {
            things.add(thing(file, element));
        }
        return things;
    }

    public static void write(Path file, List<ThingDefinition> things) throws IOException {
        JsonArray array = new JsonArray();
        things.forEach(thing -> array.add(json(thing)));
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, ".things", ".tmp");
        try {
            ownerOnly(temporary);
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                GSON.toJson(array, writer);
                writer.write(System.lineSeparator());
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static ThingDefinition thing(Path file, JsonElement element) throws IOException {
        if (!element.isJsonObject()) {
            throw new IOException(file + ": every Thing must be a JSON object");
        }
        JsonObject object = element.getAsJsonObject();
        String uid = text(object, "UID");
        String type = text(object, "thingTypeUID");
        if (uid == null || type == null) {
            throw new IOException(file + ": every Thing needs a UID and a thingTypeUID");
        }
        Map<String, Object> configuration = new LinkedHashMap<>();
        JsonElement config = object.get("configuration");
        if (config != null && config.isJsonObject()) {
            for (Map.Entry<String, JsonElement> entry : config.getAsJsonObject().entrySet()) {
                Object value = value(entry.getValue());
                if (value != null) {
                    configuration.put(entry.getKey(), value);
                }
            }
        }
        Map<String, String> properties = new LinkedHashMap<>();
        JsonElement props = object.get("properties");
        if (props != null && props.isJsonObject()) {
            props.getAsJsonObject().entrySet().stream().filter(e -> e.getValue().isJsonPrimitive())
                    .forEach(e -> properties.put(e.getKey(), e.getValue().getAsString()));
        }
        return new ThingDefinition(uid, type, text(object, "bridgeUID"), text(object, "label"), configuration,
                properties, linkedChannels(file, uid, object.get("linkedChannels")));
    }

    private static List<String> linkedChannels(Path file, String uid, JsonElement element) throws IOException {
        if (element == null || element.isJsonNull()) {
            return null;
        }
        IOException invalid = new IOException(
                file + ": linkedChannels of " + uid + " must be an array of channel ids such as \"grid#power-import\"");
        if (!element.isJsonArray()) {
            throw invalid;
        }
        List<String> ids = new ArrayList<>();
        for (JsonElement id : element.getAsJsonArray()) {
            if (!id.isJsonPrimitive() || !id.getAsJsonPrimitive().isString()) {
                throw invalid;
            }
            ids.add(id.getAsString());
        }
        return ids;
    }

    private static String text(JsonObject object, String name) {
        JsonElement element = object.get(name);
        return element == null || element.isJsonNull() ? null : element.getAsString();
    }

    /** The types openHAB's {@code Configuration} normalizes to: String, BigDecimal, Boolean and lists of them. */
    private static Object value(JsonElement element) {
        if (element.isJsonArray()) {
            List<Object> list = new ArrayList<>();
            element.getAsJsonArray().forEach(item -> {
                Object value = value(item);
                if (value != null) {
                    list.add(value);
                }
            });
            return list;
        }
        if (!element.isJsonPrimitive()) {
            return null;
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return primitive.getAsBoolean();
        }
        return primitive.isNumber() ? primitive.getAsBigDecimal() : primitive.getAsString();
    }

    private static JsonObject json(ThingDefinition thing) {
        JsonObject object = new JsonObject();
        object.addProperty("UID", thing.uid());
        object.addProperty("thingTypeUID", thing.thingTypeUID());
        if (thing.bridgeUID() != null) {
            object.addProperty("bridgeUID", thing.bridgeUID());
        }
        if (thing.label() != null) {
            object.addProperty("label", thing.label());
        }
        JsonObject configuration = new JsonObject();
        thing.configuration().forEach((name, value) -> configuration.add(name, json(value)));
        object.add("configuration", configuration);
        if (!thing.properties().isEmpty()) {
            JsonObject properties = new JsonObject();
            thing.properties().forEach(properties::addProperty);
            object.add("properties", properties);
        }
        if (thing.linkedChannels() != null) {
            JsonArray linked = new JsonArray();
            thing.linkedChannels().forEach(linked::add);
            object.add("linkedChannels", linked);
        }
        return object;
    }

    private static JsonElement json(Object value) {
        if (value instanceof Boolean bool) {
            return new JsonPrimitive(bool);
        } else if (value instanceof BigDecimal number) {
            // 5, not 5.0 or 5E+0: a plain number as a person would type it
            return new JsonPrimitive(new BigDecimal(number.stripTrailingZeros().toPlainString()));
        } else if (value instanceof Number number) {
            return new JsonPrimitive(number);
        } else if (value instanceof Iterable<?> items) {
            JsonArray array = new JsonArray();
            items.forEach(item -> array.add(json(item)));
            return array;
        }
        return new JsonPrimitive(String.valueOf(value));
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the directory's defaults apply
        }
    }
}
