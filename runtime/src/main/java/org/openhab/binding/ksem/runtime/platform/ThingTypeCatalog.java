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
package org.openhab.binding.ksem.runtime.platform;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.openhab.core.thing.ThingTypeUID;
import org.osgi.framework.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Which thing types are bridges, read from the add-ons' {@code OH-INF/thing/*.xml} as openHAB's thing type provider
 * does. The runtime needs only this fact: a bridge must be a {@code Bridge} object, or the handler factory refuses it.
 *
 * @author KSEM binding contributors
 */
final class ThingTypeCatalog {

    private static final Logger LOGGER = LoggerFactory.getLogger(ThingTypeCatalog.class);

    private ThingTypeCatalog() {
    }

    static Set<ThingTypeUID> bridgeTypes(Bundle[] bundles) {
        Set<ThingTypeUID> bridges = new HashSet<>();
        DocumentBuilder parser = parser();
        for (Bundle bundle : bundles) {
            Enumeration<URL> entries = bundle.findEntries("OH-INF/thing", "*.xml", false);
            while (entries != null && entries.hasMoreElements()) {
                URL entry = entries.nextElement();
                try (InputStream in = entry.openStream()) {
                    collect(parser.parse(in), bridges);
                } catch (IOException | SAXException e) {
                    LOGGER.warn("Skipping {} of {}: {}", entry.getPath(), bundle.getSymbolicName(), e.getMessage());
                }
            }
        }
        return bridges;
    }

    private static void collect(Document document, Set<ThingTypeUID> bridges) {
        String bindingId = document.getDocumentElement().getAttribute("bindingId");
        NodeList types = document.getElementsByTagName("bridge-type");
        for (int i = 0; i < types.getLength(); i++) {
            String id = ((Element) types.item(i)).getAttribute("id");
            if (!bindingId.isEmpty() && !id.isEmpty()) {
                bridges.add(new ThingTypeUID(bindingId, id));
            }
        }
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No XML parser: " + e.getMessage(), e);
        }
    }
}
