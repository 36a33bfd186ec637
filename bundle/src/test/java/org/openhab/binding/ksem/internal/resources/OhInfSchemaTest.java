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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates every XML file below OH-INF against the XSDs of openHAB 4.3.11 and 5.2.1, so that one add-on jar is
 * accepted by both releases.
 * <p>
 * The XSDs come from the folder in the system property {@code ksem.schemaDir} (one sub folder per release). Their
 * imports of {@code https://openhab.org/schemas/<file>} are resolved to the file of the same name in that folder; no
 * network access happens. Without the folder the test is skipped, unless {@code ksem.requireSchemas=true} or the
 * environment variable {@code CI} is set, in which case it fails.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class OhInfSchemaTest {

    /** The openHAB releases the add-on supports: the oldest and the newest. */
    static final List<String> RELEASES = List.of("4.3.11", "5.2.1");

    private static final String REMOTE_SCHEMA_PREFIX = "https://openhab.org/schemas/";
    private static final String REMOTE_SCHEMA_PREFIX_HTTP = "http://openhab.org/schemas/";

    private static final Map<String, String> XSD_BY_NAMESPACE = Map.of( //
            "https://openhab.org/schemas/addon/v1.0.0", "addon-1.0.0.xsd", //
            "https://openhab.org/schemas/thing-description/v1.0.0", "thing-description-1.0.0.xsd", //
            "https://openhab.org/schemas/config-description/v1.0.0", "config-description-1.0.0.xsd", //
            "https://openhab.org/schemas/update-description/v1.0.0", "update-description-1.0.0.xsd");

    /** Elements that exist only in newer schemas and make the openHAB 4.3 XML readers reject the whole file. */
    private static final List<String> REJECTED_BY_OPENHAB_43 = List.of("semantic-equipment-tag", "keywords");

    private static final Map<Path, Schema> SCHEMA_CACHE = new HashMap<>();

    static Stream<Arguments> releasesAndFiles() {
        OhInfResources resources = OhInfResources.get();
        List<String> xmlFiles = resources.xmlFiles();
        assertFalse(xmlFiles.isEmpty(), "no XML files found in " + resources.origin());
        List<Arguments> arguments = new ArrayList<>();
        for (String release : RELEASES) {
            for (String file : xmlFiles) {
                arguments.add(Arguments.of(release, file));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "openHAB {0}: OH-INF/{1}")
    @MethodSource("releasesAndFiles")
    void xmlFileIsValid(String release, String file) throws Exception {
        Path schemaDir = schemaDirOrSkip();
        validate(OhInfResources.get(), file, schemaDir.resolve(release));
    }

    @Test
    void noElementThatOpenhab43Rejects() {
        OhInfResources resources = OhInfResources.get();
        List<String> problems = new ArrayList<>();
        for (String file : resources.xmlFiles()) {
            Document document = resources.parse(file);
            for (String name : REJECTED_BY_OPENHAB_43) {
                NodeList found = document.getElementsByTagNameNS("*", name);
                if (found.getLength() > 0) {
                    problems.add("OH-INF/" + file + " contains <" + name + ">");
                }
            }
        }
        assertEquals(List.of(), problems, "openHAB 4.3 refuses files with these elements");
    }

    @Test
    void everyXmlFileHasAKnownRootElement() {
        OhInfResources resources = OhInfResources.get();
        for (String file : resources.xmlFiles()) {
            String namespace = rootNamespace(resources, file);
            assertTrue(XSD_BY_NAMESPACE.containsKey(namespace),
                    "OH-INF/" + file + " has a root element in the unknown namespace " + namespace);
            String folder = file.contains("/") ? file.substring(0, file.indexOf('/')) : "";
            String expectedFolder = switch (XSD_BY_NAMESPACE.getOrDefault(namespace, "")) {
                case "addon-1.0.0.xsd" -> "addon";
                case "thing-description-1.0.0.xsd" -> "thing";
                case "config-description-1.0.0.xsd" -> "config";
                case "update-description-1.0.0.xsd" -> "update";
                default -> "?";
            };
            assertEquals(expectedFolder, folder, "OH-INF/" + file + " is in the wrong folder for its root element");
        }
    }

    private static void validate(OhInfResources resources, String file, Path releaseDir) throws Exception {
        String namespace = rootNamespace(resources, file);
        String xsdName = XSD_BY_NAMESPACE.get(namespace);
        assertNotNull(xsdName, "OH-INF/" + file + ": no XSD for the root namespace " + namespace);
        Path xsd = releaseDir.resolve(xsdName);
        assertTrue(Files.isRegularFile(xsd), "missing XSD " + xsd);

        Validator validator = schema(xsd).newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        List<String> errors = new ArrayList<>();
        validator.setErrorHandler(new CollectingErrorHandler(errors));
        try (InputStream in = new ByteArrayInputStream(resources.bytes(file))) {
            validator.validate(new StreamSource(in, "OH-INF/" + file));
        } catch (SAXParseException e) {
            // already collected by the error handler
        }
        assertEquals(List.of(), errors,
                "OH-INF/" + file + " is not valid against " + releaseDir.getFileName() + "/" + xsdName);
    }

    private static synchronized Schema schema(Path xsd) throws SAXException {
        Schema cached = SCHEMA_CACHE.get(xsd);
        if (cached != null) {
            return cached;
        }
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // Only local files: the resolver maps the openhab.org imports, anything else must not go to the network.
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        Path dir = xsd.toAbsolutePath().getParent();
        if (dir == null) {
            throw new IllegalStateException("XSD without folder: " + xsd);
        }
        factory.setResourceResolver(new LocalSchemaResolver(dir));
        List<String> errors = new ArrayList<>();
        factory.setErrorHandler(new CollectingErrorHandler(errors));
        Schema schema = factory.newSchema(new StreamSource(xsd.toFile()));
        assertEquals(List.of(), errors, "the XSD " + xsd + " does not compile");
        SCHEMA_CACHE.put(xsd, schema);
        return schema;
    }

    private static String rootNamespace(OhInfResources resources, String file) {
        Element root = resources.parse(file).getDocumentElement();
        String namespace = root.getNamespaceURI();
        return namespace == null ? "" : namespace;
    }

    /**
     * @return the schema folder; skips (or fails, see class comment) when it is missing
     */
    static Path schemaDirOrSkip() {
        String configured = System.getProperty("ksem.schemaDir");
        List<Path> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(Paths.get(configured));
        } else {
            // Running from an IDE: the checkout sits next to the shared reference folder.
            Path cwd = Paths.get("").toAbsolutePath();
            candidates.add(cwd.resolve("../shared/openhab-api/xsd"));
            candidates.add(cwd.resolve("../../shared/openhab-api/xsd"));
        }
        for (Path candidate : candidates) {
            if (hasAllReleases(candidate)) {
                return candidate.normalize();
            }
        }
        String message = "openHAB XSDs not found (looked in " + candidates + "; expected sub folders " + RELEASES
                + " with addon-, thing-description- and config-description-1.0.0.xsd). Set -Dksem.schemaDir=<folder>.";
        if (schemasRequired()) {
            fail(message + " Failing because ksem.requireSchemas=true or CI is set.");
        }
        Assumptions.assumeTrue(false, message + " Skipping the schema validation.");
        throw new IllegalStateException("unreachable");
    }

    private static boolean hasAllReleases(Path dir) {
        for (String release : RELEASES) {
            for (String xsd : List.of("addon-1.0.0.xsd", "thing-description-1.0.0.xsd",
                    "config-description-1.0.0.xsd")) {
                if (!Files.isRegularFile(dir.resolve(release).resolve(xsd))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean schemasRequired() {
        if ("true".equalsIgnoreCase(System.getProperty("ksem.requireSchemas"))) {
            return true;
        }
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci);
    }

    /**
     * Resolves {@code https://openhab.org/schemas/<file>} to {@code <file>} in the folder of the importing XSD.
     */
    private static final class LocalSchemaResolver implements LSResourceResolver {
        private final Path dir;
        private final DOMImplementationLS domLs;

        LocalSchemaResolver(Path dir) {
            this.dir = dir;
            try {
                DOMImplementation implementation = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .getDOMImplementation();
                this.domLs = (DOMImplementationLS) implementation;
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public @Nullable LSInput resolveResource(@Nullable String type, @Nullable String namespaceURI,
                @Nullable String publicId, @Nullable String systemId, @Nullable String baseURI) {
            if (systemId == null) {
                return null;
            }
            String fileName;
            if (systemId.startsWith(REMOTE_SCHEMA_PREFIX)) {
                fileName = systemId.substring(REMOTE_SCHEMA_PREFIX.length());
            } else if (systemId.startsWith(REMOTE_SCHEMA_PREFIX_HTTP)) {
                fileName = systemId.substring(REMOTE_SCHEMA_PREFIX_HTTP.length());
            } else {
                return null; // relative or local: the default resolution stays within the file system
            }
            Path local = dir.resolve(fileName);
            if (!Files.isRegularFile(local)) {
                throw new IllegalStateException(systemId + " is imported but " + local + " does not exist");
            }
            try {
                LSInput input = domLs.createLSInput();
                input.setByteStream(new ByteArrayInputStream(Files.readAllBytes(local)));
                input.setSystemId(local.toUri().toString());
                input.setPublicId(publicId);
                input.setBaseURI(baseURI);
                return input;
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + local, e);
            }
        }
    }

    private static final class CollectingErrorHandler implements ErrorHandler {
        private final List<String> errors;

        CollectingErrorHandler(List<String> errors) {
            this.errors = errors;
        }

        @Override
        public void warning(@Nullable SAXParseException exception) {
            // warnings do not make a file invalid
        }

        @Override
        public void error(@Nullable SAXParseException exception) {
            add(exception);
        }

        @Override
        public void fatalError(@Nullable SAXParseException exception) throws SAXException {
            add(exception);
            if (exception != null) {
                throw exception;
            }
        }

        private void add(@Nullable SAXParseException exception) {
            if (exception != null) {
                errors.add("line " + exception.getLineNumber() + ", column " + exception.getColumnNumber() + ": "
                        + exception.getMessage());
            }
        }
    }
}
