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
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.slf4j.LoggerFactory;

/**
 * The texts of add-ons: their {@code OH-INF/i18n/*.properties} (UTF-8), read once per bundle. A key is looked up in
 * the files for the language first ({@code ksem_de.properties}), then in the default ones ({@code ksem.properties}).
 *
 * @author KSEM binding contributors
 */
final class BundleTexts {

    private static final String I18N_FOLDER = "OH-INF/i18n";

    /** Per bundle id: language ("" = default) to texts. */
    private final Map<Long, Map<String, Properties>> cache = new ConcurrentHashMap<>();

    /** @return the text, or null if the bundle has none for the key */
    String text(Bundle bundle, String key, Locale locale) {
        Map<String, Properties> byLanguage = cache.computeIfAbsent(bundle.getBundleId(), id -> load(bundle));
        for (String language : List.of(locale.getLanguage(), "")) {
            Properties texts = byLanguage.get(language);
            if (texts != null && texts.containsKey(key)) {
                return texts.getProperty(key);
            }
        }
        return null;
    }

    private static Map<String, Properties> load(Bundle bundle) {
        Map<String, Properties> byLanguage = new HashMap<>();
        Enumeration<URL> files = bundle.findEntries(I18N_FOLDER, "*.properties", false);
        List<URL> urls = new ArrayList<>();
        while (files != null && files.hasMoreElements()) {
            urls.add(files.nextElement());
        }
        for (URL url : urls) {
            Properties texts = byLanguage.computeIfAbsent(language(url), l -> new Properties());
            try (InputStream in = url.openStream()) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                LoggerFactory.getLogger(BundleTexts.class).warn("Cannot read {} of {}: {}", url.getPath(),
                        bundle.getSymbolicName(), e.getMessage());
            }
        }
        return byLanguage;
    }

    /** {@code ksem_de.properties} is German, {@code ksem.properties} the default. */
    static String language(URL url) {
        String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1).replace(".properties", "");
        int separator = name.indexOf('_');
        return separator < 0 ? "" : name.substring(separator + 1);
    }
}
