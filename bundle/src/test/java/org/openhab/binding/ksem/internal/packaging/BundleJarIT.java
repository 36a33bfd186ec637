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
package org.openhab.binding.ksem.internal.packaging;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens the built add-on jar (after {@code package}) and checks what openHAB's OSGi runtime will see: the manifest's
 * name and imports, that nothing openHAB ships is embedded, the DS components and the OH-INF files.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class BundleJarIT {

    private static final List<String> SHIPPED_BY_OPENHAB = List.of("org/openhab/core/", "org/eclipse/jetty/",
            "com/google/gson/", "javax/measure/", "tech/units/", "org/slf4j/", "org/osgi/", "javax/jmdns/");

    private static Path jar = Path.of("");
    private static Attributes manifest = new Attributes();
    private static List<String> entries = List.of();
    private static Map<String, String> imports = Map.of();

    @BeforeAll
    static void open() throws IOException {
        jar = Path.of(System.getProperty("ksem.bundleJar", "target/org.openhab.binding.ksem-1.0.0-SNAPSHOT.jar"));
        assertTrue(Files.isRegularFile(jar), "the add-on jar is built: " + jar);
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest().getMainAttributes();
            entries = Collections.list(file.entries()).stream().map(ZipEntry::getName).toList();
        }
        imports = parseImports(String.valueOf(manifest.getValue("Import-Package")));
    }

    /** Package name → its attributes, from an OSGi header (commas inside quotes do not split). */
    static Map<String, String> parseImports(String header) {
        Map<String, String> result = new LinkedHashMap<>();
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        clauses.add(current.toString());
        for (String clause : clauses) {
            int semicolon = clause.indexOf(';');
            result.put(semicolon < 0 ? clause.trim() : clause.substring(0, semicolon).trim(),
                    semicolon < 0 ? "" : clause.substring(semicolon + 1));
        }
        return result;
    }

    private static String versionRange(String attributes) {
        Matcher matcher = Pattern.compile("version=\"([^\"]*)\"").matcher(attributes);
        return matcher.find() ? matcher.group(1) : "";
    }

    @Test
    void identity() {
        assertEquals("org.openhab.binding.ksem", manifest.getValue("Bundle-SymbolicName"));
        assertEquals("2", manifest.getValue("Bundle-ManifestVersion"));
        assertTrue(String.valueOf(manifest.getValue("Require-Capability")).contains("(osgi.ee=JavaSE)(version=17)"),
                "runs on Java 17 (openHAB 4.3) and later");
    }

    @Test
    void openhabIsImportedWithoutVersionRanges() {
        List<String> openhab = imports.keySet().stream().filter(p -> p.startsWith("org.openhab.")).toList();
        assertTrue(openhab.contains("org.openhab.core.thing.binding"), openhab::toString);
        assertTrue(openhab.contains("org.openhab.core.io.net.http"), openhab::toString);
        for (String pkg : openhab) {
            assertFalse(imports.getOrDefault(pkg, "").contains("version="), pkg + " must not carry a version range");
        }
    }

    @Test
    void jettyIsImportedFrom94Only() {
        List<String> jetty = imports.keySet().stream().filter(p -> p.startsWith("org.eclipse.jetty.")).toList();
        assertTrue(jetty.contains("org.eclipse.jetty.client"), jetty::toString);
        assertTrue(jetty.contains("org.eclipse.jetty.websocket.client"), jetty::toString);
        for (String pkg : jetty) {
            assertEquals("[9.4,10)", versionRange(imports.getOrDefault(pkg, "")), pkg);
        }
    }

    @Test
    void gsonLowerBoundIsAtMost210() {
        String range = versionRange(imports.getOrDefault("com.google.gson", ""));
        Matcher matcher = Pattern.compile("\\[(\\d+)\\.(\\d+)").matcher(range);
        assertTrue(matcher.find(), "com.google.gson is imported with a range: " + range);
        int major = Integer.parseInt(matcher.group(1));
        int minor = Integer.parseInt(matcher.group(2));
        assertTrue(major == 2 && minor <= 10, "openHAB 4.3 ships Gson 2.10.1: " + range);
    }

    @Test
    void nothingOpenhabShipsIsEmbedded() {
        for (String entry : entries) {
            for (String prefix : SHIPPED_BY_OPENHAB) {
                assertFalse(entry.startsWith(prefix), "embedded: " + entry);
            }
        }
        assertTrue(entries.stream().filter(e -> e.endsWith(".class"))
                .allMatch(e -> e.startsWith("org/openhab/binding/ksem/internal/")), "everything is internal");
        assertNull(manifest.getValue("Export-Package"), "the add-on exports nothing");
    }

    @Test
    void declarativeServicesComponents() {
        String components = manifest.getValue("Service-Component");
        assertNotNull(components);
        for (String component : List.of("KsemHandlerFactory", "KsemTokenActions", "KsemCommandExtension")) {
            assertTrue(components.contains(component), component + " in " + components);
        }
        for (String component : components.split(",")) {
            assertTrue(entries.contains(component.trim()), "component XML in the jar: " + component);
        }
    }

    @Test
    void ohInfFiles() {
        assertTrue(entries.contains("OH-INF/addon/addon.xml"));
        assertTrue(entries.contains("OH-INF/i18n/ksem.properties"));
        assertTrue(entries.contains("OH-INF/i18n/ksem_de.properties"));
        assertTrue(entries.contains("OH-INF/i18n/ksem_pl.properties"));
        assertTrue(entries.stream().anyMatch(e -> e.startsWith("OH-INF/thing/") && e.endsWith(".xml")));
        assertTrue(entries.stream().anyMatch(e -> e.startsWith("OH-INF/config/") && e.endsWith(".xml")));
    }

    @Test
    void karafFeatureIsFilledIn() throws IOException {
        Path feature = jar.resolveSibling("feature").resolve("feature.xml");
        String xml = Files.readString(feature, StandardCharsets.UTF_8);
        assertFalse(xml.contains("${"), "no unresolved placeholder in " + feature);
        assertTrue(xml.contains("mvn:org.openhab.addons.bundles/org.openhab.binding.ksem/"), xml);
        assertTrue(xml.contains("<feature>openhab-runtime-base</feature>"), xml);
    }
}
