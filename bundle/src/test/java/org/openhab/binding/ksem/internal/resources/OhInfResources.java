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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads the add-on's OH-INF files for the resource tests, using nothing but the JDK.
 * <p>
 * The folder is found, in this order, through the system property {@code ksem.ohInfDir}, on the class path (normally
 * {@code target/classes}, also inside a jar) or in the source folder {@code src/main/resources/OH-INF} below the
 * working directory.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
final class OhInfResources {

    static final String BINDING_ID = "ksem";
    static final String I18N_BASE = "i18n/" + BINDING_ID;

    private static final String PROBE = "OH-INF/addon/addon.xml";

    private static @Nullable OhInfResources instance;

    private final String origin;
    private final Map<String, byte[]> files;

    private OhInfResources(String origin, Map<String, byte[]> files) {
        this.origin = origin;
        this.files = files;
    }

    /**
     * @return the OH-INF files, loaded once per test run
     */
    static synchronized OhInfResources get() {
        OhInfResources loaded = instance;
        if (loaded == null) {
            loaded = load();
            instance = loaded;
        }
        return loaded;
    }

    /**
     * @return where the files were read from, for messages
     */
    String origin() {
        return origin;
    }

    /**
     * @return every file below OH-INF, keyed by its path relative to OH-INF with '/' as separator, sorted
     */
    Map<String, byte[]> files() {
        return Collections.unmodifiableMap(files);
    }

    /**
     * @return the relative paths of all XML files
     */
    List<String> xmlFiles() {
        List<String> result = new ArrayList<>();
        for (String name : files.keySet()) {
            if (name.endsWith(".xml")) {
                result.add(name);
            }
        }
        return result;
    }

    /**
     * @return the relative paths of the XML files in one sub folder ("thing", "config", "addon")
     */
    List<String> xmlFiles(String folder) {
        List<String> result = new ArrayList<>();
        for (String name : xmlFiles()) {
            if (name.startsWith(folder + "/")) {
                result.add(name);
            }
        }
        return result;
    }

    byte[] bytes(String relativePath) {
        byte[] content = files.get(relativePath);
        if (content == null) {
            throw new AssertionError("OH-INF/" + relativePath + " does not exist in " + origin);
        }
        return content;
    }

    /**
     * Decodes a file as UTF-8 and fails on malformed input instead of replacing it.
     */
    String text(String relativePath) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes(relativePath)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("OH-INF/" + relativePath + " is not valid UTF-8: " + e.getMessage(), e);
        }
    }

    /**
     * Parses an XML file namespace-aware, without DTDs or external entities.
     */
    Document parse(String relativePath) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(bytes(relativePath)), "OH-INF/" + relativePath);
        } catch (ParserConfigurationException | SAXException e) {
            throw new AssertionError("OH-INF/" + relativePath + " is not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads a properties file of the i18n folder as UTF-8 (as openHAB does), keeping the file order.
     *
     * @param language "" for the English default file, otherwise a language code such as "de"
     */
    Map<String, String> translations(String language) {
        String name = I18N_BASE + (language.isEmpty() ? "" : "_" + language) + ".properties";
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String key : keysInFileOrder(name)) {
            String value = properties.getProperty(key);
            if (value != null) {
                ordered.put(key, value);
            }
        }
        for (String key : properties.stringPropertyNames()) {
            if (!ordered.containsKey(key)) {
                String value = properties.getProperty(key);
                ordered.put(key, value == null ? "" : value);
            }
        }
        return ordered;
    }

    /**
     * @return the keys of a properties file in file order, duplicates included (java.util.Properties hides them)
     */
    List<String> keysInFileOrder(String relativePath) {
        List<String> keys = new ArrayList<>();
        for (String line : text(relativePath).split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            int end = 0;
            while (end < trimmed.length() && "=: \t".indexOf(trimmed.charAt(end)) < 0) {
                end++;
            }
            keys.add(trimmed.substring(0, end));
        }
        return keys;
    }

    /**
     * @return the element children of a node with the given local name
     */
    static List<Element> children(Node parent, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(localNameOf(element))) {
                result.add(element);
            }
        }
        return result;
    }

    /**
     * @return the first element child with the given local name, or null
     */
    static @Nullable Element child(Node parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * @return the whitespace-normalised text of the first child with the given local name, or null if there is none
     */
    static @Nullable String childText(Node parent, String localName) {
        Element element = child(parent, localName);
        return element == null ? null : normalise(element.getTextContent());
    }

    static String localNameOf(Node node) {
        String localName = node.getLocalName();
        if (localName != null) {
            return localName;
        }
        String nodeName = node.getNodeName();
        return nodeName == null ? "" : nodeName;
    }

    /**
     * @return the attribute value, or null when the attribute is absent
     */
    static @Nullable String attribute(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    /**
     * Collapses runs of whitespace (line breaks and tabs in XML text) into one space, as a UI shows the text.
     */
    static String normalise(@Nullable String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static OhInfResources load() {
        String override = System.getProperty("ksem.ohInfDir");
        if (override != null && !override.isBlank()) {
            return fromDirectory(Paths.get(override));
        }
        ClassLoader classLoader = OhInfResources.class.getClassLoader();
        URL probe = classLoader == null ? null : classLoader.getResource(PROBE);
        if (probe != null) {
            if ("file".equals(probe.getProtocol())) {
                try {
                    Path addonXml = Paths.get(probe.toURI());
                    Path ohInf = addonXml.getParent().getParent();
                    if (ohInf != null) {
                        return fromDirectory(ohInf);
                    }
                } catch (URISyntaxException e) {
                    throw new IllegalStateException("Cannot use " + probe, e);
                }
            } else if ("jar".equals(probe.getProtocol())) {
                return fromJar(probe);
            }
        }
        Path cwd = Paths.get("").toAbsolutePath();
        for (String candidate : List.of("src/main/resources/OH-INF", "bundle/src/main/resources/OH-INF")) {
            Path dir = cwd.resolve(candidate);
            if (Files.isDirectory(dir)) {
                return fromDirectory(dir);
            }
        }
        throw new AssertionError("OH-INF not found: not on the class path (" + PROBE
                + "), not below the working directory " + cwd + " and no system property ksem.ohInfDir");
    }

    private static OhInfResources fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new AssertionError("OH-INF folder " + dir + " does not exist");
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(file)) {
                    String relative = dir.relativize(file).toString().replace('\\', '/');
                    files.put(relative, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OhInfResources(dir.toString(), files);
    }

    private static OhInfResources fromJar(URL probe) {
        try {
            JarURLConnection connection = (JarURLConnection) probe.openConnection();
            URL jarUrl = connection.getJarFileURL();
            Path jar = Paths.get(jarUrl.toURI());
            Map<String, byte[]> files = new TreeMap<>();
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (!entry.isDirectory() && name.startsWith("OH-INF/")) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            files.put(name.substring("OH-INF/".length()), in.readAllBytes());
                        }
                    }
                }
            }
            return new OhInfResources(jar + "!/OH-INF", files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot use " + probe, e);
        }
    }
}
