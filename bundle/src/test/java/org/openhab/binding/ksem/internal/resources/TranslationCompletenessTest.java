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

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks that the German and Polish translations cover exactly the keys of the English file, with values that
 * openHAB can format.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class TranslationCompletenessTest {

    /** "" is the English default file. */
    private static final List<String> ALL_LANGUAGES = List.of("", "de", "pl");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(?:,[^}]*)?}");

    /**
     * Status, action and console texts the Java code refers to, with the number of arguments it passes. These keys are
     * a contract: renaming one breaks a status text at runtime without any compile error.
     */
    private static final Map<String, Integer> KEYS_USED_BY_JAVA = new TreeMap<>(Map.ofEntries( //
            Map.entry("status.connecting", 0), //
            Map.entry("offline.conf-error-no-host", 0), //
            Map.entry("offline.conf-error-no-credentials", 0), //
            Map.entry("offline.conf-error-wrong-password", 0), //
            Map.entry("offline.conf-error-token-rejected", 0), //
            Map.entry("offline.conf-error-token-forbidden", 1), //
            Map.entry("offline.conf-error-certificate-changed", 2), //
            Map.entry("offline.conf-error-invalid-fingerprint", 1), //
            Map.entry("offline.conf-error-invalid-host", 1), //
            Map.entry("offline.comm-error-unreachable", 2), //
            Map.entry("offline.comm-error-timeout", 0), //
            Map.entry("offline.comm-error-http", 1), //
            Map.entry("offline.comm-error-no-data", 1), //
            Map.entry("offline.comm-error-rate-limited", 1), //
            Map.entry("offline.comm-error-reconnecting", 1), //
            Map.entry("online.token-pending", 2), //
            Map.entry("online.token-unsupported", 1), //
            Map.entry("online.token-not-saved", 1), //
            Map.entry("online.token-request-refused", 1), //
            Map.entry("offline.wallbox-gone", 0), //
            Map.entry("offline.wallbox-error", 1), //
            Map.entry("offline.conf-error-no-uuid", 0), //
            Map.entry("status.wallbox-waiting", 0), //
            Map.entry("discovery.ksem.meter.label", 1), //
            Map.entry("discovery.ksem.wallbox.label", 1), //
            Map.entry("actions.ksem.input.plan.label", 0), //
            Map.entry("actions.ksem.input.plan.description", 0), //
            Map.entry("actions.ksem.output.plan.label", 0), //
            Map.entry("actions.ksem.token-create.label", 0), //
            Map.entry("actions.ksem.token-create.description", 0), //
            Map.entry("actions.ksem.token-check.label", 0), //
            Map.entry("actions.ksem.token-check.description", 0), //
            Map.entry("actions.ksem.token-recreate.label", 0), //
            Map.entry("actions.ksem.token-recreate.description", 0), //
            Map.entry("actions.ksem.token-delete.label", 0), //
            Map.entry("actions.ksem.token-delete.description", 0), //
            Map.entry("actions.ksem.charging-plan-set.label", 0), //
            Map.entry("actions.ksem.charging-plan-set.description", 0), //
            Map.entry("actions.ksem.charging-plan-get.label", 0), //
            Map.entry("actions.ksem.charging-plan-get.description", 0), //
            Map.entry("actions.ksem.charging-plan-clear.label", 0), //
            Map.entry("actions.ksem.charging-plan-clear.description", 0), //
            Map.entry("actions.ksem.output.state.label", 0), //
            Map.entry("actions.ksem.output.expiry.label", 0), //
            Map.entry("actions.ksem.output.message.label", 0)));

    @ParameterizedTest(name = "ksem_{0}.properties")
    @ValueSource(strings = { "de", "pl" })
    void translationHasExactlyTheEnglishKeys(String language) {
        Set<String> english = OhInfResources.get().translations("").keySet();
        Set<String> translated = OhInfResources.get().translations(language).keySet();

        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(translated);
        Set<String> extra = new TreeSet<>(translated);
        extra.removeAll(english);

        assertAll(() -> assertEquals(Set.of(), missing, "keys missing in ksem_" + language + ".properties"),
                () -> assertEquals(Set.of(), extra,
                        "keys in ksem_" + language + ".properties that the English file does not have"));
    }

    @ParameterizedTest(name = "ksem_{0}.properties")
    @ValueSource(strings = { "de", "pl" })
    void placeholdersMatchTheEnglishText(String language) {
        Map<String, String> english = OhInfResources.get().translations("");
        Map<String, String> translated = OhInfResources.get().translations(language);
        List<String> problems = new ArrayList<>();
        for (Entry<String, String> entry : english.entrySet()) {
            String value = translated.get(entry.getKey());
            if (value != null && !placeholders(entry.getValue()).equals(placeholders(value))) {
                problems.add(entry.getKey() + ": English " + placeholders(entry.getValue()) + ", " + language + " "
                        + placeholders(value));
            }
        }
        assertEquals(List.of(), problems, "placeholders differ");
    }

    @ParameterizedTest(name = "ksem_{0}.properties")
    @ValueSource(strings = { "de", "pl" })
    void descriptionsAreTranslated(String language) {
        Map<String, String> english = OhInfResources.get().translations("");
        Map<String, String> translated = OhInfResources.get().translations(language);
        List<String> untranslated = new ArrayList<>();
        for (Entry<String, String> entry : english.entrySet()) {
            // Labels may legitimately stay the same (product names, "Phase L1"); sentences may not.
            if (entry.getKey().endsWith(".description") && entry.getValue().strip().contains(" ")
                    && entry.getValue().equals(translated.get(entry.getKey()))) {
                untranslated.add(entry.getKey());
            }
        }
        assertEquals(List.of(), untranslated, "descriptions still in English in ksem_" + language + ".properties");
    }

    @Test
    void noEmptyValues() {
        List<String> empty = new ArrayList<>();
        for (String language : ALL_LANGUAGES) {
            for (Entry<String, String> entry : OhInfResources.get().translations(language).entrySet()) {
                if (entry.getValue().isBlank()) {
                    empty.add(fileName(language) + ": " + entry.getKey());
                }
            }
        }
        assertEquals(List.of(), empty, "keys without text");
    }

    @Test
    void noDuplicateKeys() {
        List<String> duplicates = new ArrayList<>();
        for (String language : ALL_LANGUAGES) {
            Set<String> seen = new HashSet<>();
            for (String key : OhInfResources.get().keysInFileOrder("i18n/" + fileName(language))) {
                if (!seen.add(key)) {
                    duplicates.add(fileName(language) + ": " + key);
                }
            }
        }
        assertEquals(List.of(), duplicates, "a later duplicate silently replaces the earlier text");
    }

    @Test
    void filesAreValidUtf8WithoutEscapes() {
        for (String language : ALL_LANGUAGES) {
            String name = "i18n/" + fileName(language);
            String text = OhInfResources.get().text(name); // fails on malformed UTF-8
            assertFalse(text.startsWith("\uFEFF"), name + " starts with a byte order mark");
            assertFalse(text.contains("\\u00"), name + " uses \\u escapes; openHAB reads the files as UTF-8");
        }
    }

    /**
     * openHAB passes texts through {@link MessageFormat}: a single apostrophe starts a quoted section and swallows the
     * placeholders behind it, and stray braces break the pattern. Typographic quotes are fine.
     */
    @Test
    void valuesAreSafeForMessageFormat() {
        List<String> problems = new ArrayList<>();
        for (String language : ALL_LANGUAGES) {
            for (Entry<String, String> entry : OhInfResources.get().translations(language).entrySet()) {
                String where = fileName(language) + ": " + entry.getKey();
                String value = entry.getValue();
                if (value.indexOf('\'') >= 0) {
                    problems.add(where + " contains an apostrophe (') that MessageFormat treats as a quote");
                    continue;
                }
                Set<Integer> indexes = placeholders(value);
                try {
                    int count = 0;
                    for (Integer index : indexes) {
                        count = Math.max(count, index + 1);
                    }
                    Object[] arguments = new Object[count];
                    for (int i = 0; i < arguments.length; i++) {
                        arguments[i] = "ARG" + i + "!";
                    }
                    String formatted = new MessageFormat(value).format(arguments);
                    for (Integer index : indexes) {
                        if (!formatted.contains("ARG" + index + "!")) {
                            problems.add(where + ": placeholder {" + index + "} is not substituted");
                        }
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": not a valid MessageFormat pattern: " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void placeholdersAreNumberedFromZeroWithoutGaps() {
        List<String> problems = new ArrayList<>();
        for (Entry<String, String> entry : OhInfResources.get().translations("").entrySet()) {
            Set<Integer> indexes = placeholders(entry.getValue());
            for (int i = 0; i < indexes.size(); i++) {
                if (!indexes.contains(i)) {
                    problems.add(entry.getKey() + " uses " + indexes);
                    break;
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void keysUsedByTheJavaCodeExistWithTheirArguments() {
        Map<String, String> english = OhInfResources.get().translations("");
        List<String> problems = new ArrayList<>();
        for (Entry<String, Integer> expected : KEYS_USED_BY_JAVA.entrySet()) {
            String value = english.get(expected.getKey());
            if (value == null) {
                problems.add(expected.getKey() + " is missing");
            } else if (placeholders(value).size() != expected.getValue()) {
                problems.add(expected.getKey() + " has " + placeholders(value).size()
                        + " placeholders, the Java code passes " + expected.getValue() + " arguments");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void statusTextsDoNotEndUpWithoutKeyPrefix() {
        // Free (non-XML) keys must use one of the agreed prefixes, so that a typo does not create an orphan text.
        List<String> allowed = List.of("addon.", "thing-type.", "channel-type.", "channel-group-type.", "discovery.",
                "offline.", "online.", "status.", "actions.", "console.", "config-status.");
        List<String> problems = new ArrayList<>();
        for (String key : OhInfResources.get().translations("").keySet()) {
            if (allowed.stream().noneMatch(key::startsWith)) {
                problems.add(key);
            }
        }
        assertEquals(List.of(), problems, "keys with an unknown prefix; allowed are " + allowed);
    }

    private static Set<Integer> placeholders(String value) {
        Set<Integer> result = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            String digits = matcher.group(1);
            if (digits != null) {
                result.add(Integer.valueOf(digits));
            }
        }
        return result;
    }

    private static String fileName(String language) {
        return OhInfResources.BINDING_ID + (language.isEmpty() ? "" : "_" + language) + ".properties";
    }
}
