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
package org.openhab.core.config.core;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link Configuration}.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class ConfigurationTest {

    /** A base class with a private field. */
    public static class BaseConfig {
        private String hostname = "";

        String hostname() {
            return hostname;
        }
    }

    /** A typical thing configuration. */
    public static class MeterConfig extends BaseConfig {
        public @Nullable String password;
        public String tokenRole = "api";
        public int updateInterval = 5;
        public long watchdogTimeout = 30;
        public boolean useHttps;
        public @Nullable Boolean flag;
        public @Nullable BigDecimal factor;
        public double ratio;
        public @Nullable Integer boxed;
        public List<String> names = List.of();
        public final String constant = "fixed";
        public transient String notMapped = "untouched";
        public static String staticField = "static";
    }

    @Test
    void asMapsFieldsByName() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("hostname", "192.168.1.5");
        properties.put("password", "secret");
        properties.put("updateInterval", new BigDecimal("10"));
        properties.put("watchdogTimeout", 45);
        properties.put("useHttps", true);
        properties.put("flag", "true");
        properties.put("factor", 1.5);
        properties.put("ratio", "0.25");
        properties.put("boxed", "7");
        properties.put("names", List.of("a", "b"));
        properties.put("constant", "changed");
        properties.put("notMapped", "changed");
        properties.put("staticField", "changed");
        properties.put("unknown", "ignored");

        MeterConfig config = new Configuration(properties).as(MeterConfig.class);

        assertEquals("192.168.1.5", config.hostname());
        assertEquals("secret", config.password);
        assertEquals("api", config.tokenRole);
        assertEquals(10, config.updateInterval);
        assertEquals(45L, config.watchdogTimeout);
        assertTrue(config.useHttps);
        assertEquals(Boolean.TRUE, config.flag);
        assertEquals(new BigDecimal("1.5"), config.factor);
        assertEquals(0.25, config.ratio);
        assertEquals(7, config.boxed);
        assertEquals(List.of("a", "b"), config.names);
        assertEquals("fixed", config.constant);
        assertEquals("untouched", config.notMapped);
        assertEquals("static", MeterConfig.staticField);
    }

    @Test
    void valuesAreNormalized() {
        Configuration configuration = new Configuration();
        configuration.put("int", 5);
        configuration.put("double", 2.5);
        configuration.put("text", "x");
        configuration.put("none", null);
        assertEquals(new BigDecimal("5"), configuration.get("int"));
        assertEquals(new BigDecimal("2.5"), configuration.get("double"));
        assertEquals("x", configuration.get("text"));
        assertTrue(configuration.containsKey("none"));
        assertNull(configuration.get("none"));
        assertEquals(new Configuration(Map.of("int", new BigDecimal("5"), "double", new BigDecimal("2.5"), "text",
                "x")).getProperties().get("int"), configuration.get("int"));
    }

    @Test
    void setPropertiesReplacesAll() {
        Configuration configuration = new Configuration(Map.of("a", "1", "b", "2"));
        configuration.setProperties(Map.of("b", "3", "c", "4"));
        assertEquals(Map.of("b", "3", "c", "4"), configuration.getProperties());
        assertEquals(new Configuration(Map.of("c", "4", "b", "3")), configuration);
        assertEquals(configuration.hashCode(), new Configuration(Map.of("c", "4", "b", "3")).hashCode());
        assertThrows(UnsupportedOperationException.class, () -> configuration.getProperties().put("x", "y"));
        assertEquals("3", configuration.remove("b"));
        assertEquals(List.of("c"), List.copyOf(configuration.keySet()));
    }

    @Test
    void copyIsIndependent() {
        Configuration original = new Configuration(Map.of("a", "1"));
        Configuration copy = new Configuration(original);
        copy.put("a", "2");
        assertEquals("1", original.get("a"));
    }
}
