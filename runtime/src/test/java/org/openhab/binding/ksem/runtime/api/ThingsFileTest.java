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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * @author KSEM binding contributors
 */
class ThingsFileTest {

    @TempDir
    Path folder;

    @Test
    void keepsEveryFieldAndTheTypesOpenHabConfigurationsUse() throws IOException {
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("hostname", "192.168.1.20:8080");
        configuration.put("updateInterval", new BigDecimal("5"));
        configuration.put("factor", new BigDecimal("0.25"));
        configuration.put("useHttps", true);
        configuration.put("tags", List.of("a", "b"));
        ThingDefinition meter = new ThingDefinition("ksem:meter:home", "ksem:meter", null, "Meter", configuration,
                Map.of("serialNumber", "70001234"));
        ThingDefinition wallbox = new ThingDefinition("ksem:wallbox:home:garage", "ksem:wallbox", "ksem:meter:home",
                null, Map.of(), Map.of());
        Path file = folder.resolve("sub/things.json");

        ThingsFile.write(file, List.of(meter, wallbox));

        assertEquals(List.of(meter, wallbox), ThingsFile.read(file));
        String json = Files.readString(file);
        assertTrue(json.contains("\"updateInterval\": 5,"), "plain numbers: " + json);
        assertTrue(json.contains("\"UID\": \"ksem:meter:home\""), json);
    }

    @Test
    void linkedChannelsAreOptionalAndKept() throws IOException {
        ThingDefinition all = ThingDefinition.of("ksem:meter:a", "ksem:meter", null, Map.of());
        ThingDefinition some = ThingDefinition.of("ksem:meter:b", "ksem:meter", null, Map.of())
                .withLinkedChannels(List.of("l1#voltage", "grid#power-import"));
        ThingDefinition none = ThingDefinition.of("ksem:meter:c", "ksem:meter", null, Map.of())
                .withLinkedChannels(List.of());
        Path file = folder.resolve("things.json");

        ThingsFile.write(file, List.of(all, some, none));

        List<ThingDefinition> read = ThingsFile.read(file);
        assertNull(read.get(0).linkedChannels(), "no list: every channel counts as linked");
        assertEquals(List.of("grid#power-import", "l1#voltage"), read.get(1).linkedChannels());
        assertEquals(List.of(), read.get(2).linkedChannels(), "an empty list links nothing");
        assertFalse(Files.readString(file).contains("\"linkedChannels\": null"));

        Path wrong = Files.writeString(folder.resolve("wrong.json"),
                "[{\"UID\":\"ksem:meter:x\",\"thingTypeUID\":\"ksem:meter\",\"linkedChannels\":\"grid#power-import\"}]");
        assertTrue(assertThrows(IOException.class, () -> ThingsFile.read(wrong)).getMessage()
                .contains("linkedChannels of ksem:meter:x"));
    }

    @Test
    void isReadableByItsOwnerOnlyBecauseItHoldsSecrets() throws IOException {
        Path file = folder.resolve("things.json");
        ThingsFile.write(file, List.of(ThingDefinition.of("ksem:meter:home", "ksem:meter", null,
                Map.of("password", "secret"))));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void namesTheFileWhenItIsNotAThingsFile() throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.json"), "{ not json");
        Path noUid = Files.writeString(folder.resolve("no-uid.json"), "[{\"thingTypeUID\":\"ksem:meter\"}]");
        Path object = Files.writeString(folder.resolve("object.json"), "{}");

        assertTrue(assertThrows(IOException.class, () -> ThingsFile.read(broken)).getMessage().contains("broken.json"));
        assertTrue(assertThrows(IOException.class, () -> ThingsFile.read(noUid)).getMessage().contains("UID"));
        assertTrue(assertThrows(IOException.class, () -> ThingsFile.read(object)).getMessage().contains("array"));
    }
}
