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

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configuration of a thing, channel or service: a map of parameter names to values.
 * <p>
 * Values are normalized like openHAB does: every {@link Number} becomes a {@link BigDecimal}; {@link String},
 * {@link Boolean}, {@link BigDecimal} and collections of them are kept. {@link #as(Class)} maps the parameters by
 * name onto the non-final, non-transient, non-static fields of a class (including private and inherited ones) and
 * converts the values to the field types, like openHAB's {@code ConfigParser}.
 *
 * @author Dennis Nobel - Initial contribution (openHAB)
 */
public class Configuration {

    private static final Logger LOGGER = LoggerFactory.getLogger(Configuration.class);

    private final Map<String, Object> properties;

    public Configuration() {
        this((Map<String, Object>) null);
    }

    /**
     * Copies another configuration.
     */
    public Configuration(@Nullable Configuration configuration) {
        this(configuration == null ? null : configuration.getProperties());
    }

    /**
     * Creates a configuration from a map (copied and normalized).
     */
    public Configuration(@Nullable Map<String, Object> properties) {
        this.properties = new HashMap<>();
        if (properties != null) {
            for (Entry<String, Object> entry : properties.entrySet()) {
                this.properties.put(entry.getKey(), normalizeType(entry.getValue()));
            }
        }
    }

    /**
     * Maps the configuration onto a new instance of the given class (which needs a public no-argument constructor).
     *
     * @param configurationClass the class
     * @return the instance
     * @throws IllegalArgumentException if the class cannot be instantiated
     */
    public <T> T as(Class<T> configurationClass) {
        Map<String, Object> copy;
        synchronized (this) {
            copy = new HashMap<>(properties);
        }
        return configurationAs(copy, configurationClass);
    }

    public boolean containsKey(String key) {
        synchronized (this) {
            return properties.containsKey(key);
        }
    }

    public Object get(String key) {
        synchronized (this) {
            return properties.get(key);
        }
    }

    public Object put(String key, @Nullable Object value) {
        synchronized (this) {
            return properties.put(key, normalizeType(value));
        }
    }

    public Object remove(String key) {
        synchronized (this) {
            return properties.remove(key);
        }
    }

    /**
     * @return an unmodifiable copy of the keys
     */
    public Set<String> keySet() {
        synchronized (this) {
            return Collections.unmodifiableSet(new HashSet<>(properties.keySet()));
        }
    }

    /**
     * @return an unmodifiable copy of the values
     */
    public Collection<Object> values() {
        synchronized (this) {
            return Collections.unmodifiableList(new ArrayList<>(properties.values()));
        }
    }

    /**
     * @return an unmodifiable copy of the parameters
     */
    public Map<String, Object> getProperties() {
        synchronized (this) {
            return Collections.unmodifiableMap(new HashMap<>(properties));
        }
    }

    /**
     * Replaces all parameters: puts the given ones and removes all others.
     */
    public void setProperties(Map<String, Object> properties) {
        synchronized (this) {
            for (Entry<String, Object> entry : properties.entrySet()) {
                this.properties.put(entry.getKey(), normalizeType(entry.getValue()));
            }
            for (Iterator<String> it = this.properties.keySet().iterator(); it.hasNext();) {
                if (!properties.containsKey(it.next())) {
                    it.remove();
                }
            }
        }
    }

    @Override
    public int hashCode() {
        synchronized (this) {
            return properties.hashCode();
        }
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Configuration other)) {
            return false;
        }
        return getProperties().equals(other.getProperties());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Configuration[");
        boolean first = true;
        for (Entry<String, Object> entry : new TreeMap<>(getProperties()).entrySet()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            Object value = entry.getValue();
            sb.append("{key=").append(entry.getKey()).append("; type=")
                    .append(value == null ? "null" : value.getClass().getSimpleName()).append("; value=")
                    .append(value).append("}");
        }
        return sb.append("]").toString();
    }

    // --- normalization (openHAB ConfigUtil.normalizeType) ---

    private static @Nullable Object normalizeType(@Nullable Object value) {
        if (value == null || value instanceof Boolean || value instanceof String || value instanceof BigDecimal) {
            return value;
        } else if (value instanceof BigInteger bigInteger) {
            return new BigDecimal(bigInteger);
        } else if (value instanceof Number) {
            return new BigDecimal(value.toString());
        } else if (value instanceof Collection<?> collection) {
            List<@Nullable Object> normalized = new ArrayList<>(collection.size());
            for (Object element : collection) {
                normalized.add(normalizeType(element));
            }
            return normalized;
        } else if (value instanceof Enum<?> enumValue) {
            return enumValue.name();
        }
        throw new IllegalArgumentException(
                "Invalid type '{" + value.getClass().getCanonicalName() + "}' of configuration value!");
    }

    // --- mapping onto classes (openHAB ConfigParser.configurationAs) ---

    private static <T> T configurationAs(Map<String, Object> properties, Class<T> configurationClass) {
        T configuration;
        try {
            configuration = configurationClass.getConstructor().newInstance();
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException
                | NoSuchMethodException e) {
            throw new IllegalArgumentException("Cannot instantiate configuration class " + configurationClass.getName()
                    + " (a public no-argument constructor is required)", e);
        }
        for (Field field : getAllFields(configurationClass)) {
            int modifiers = field.getModifiers();
            if (Modifier.isFinal(modifiers) || Modifier.isTransient(modifiers) || Modifier.isStatic(modifiers)
                    || field.isSynthetic()) {
                continue;
            }
            String fieldName = field.getName();
            Object value = properties.get(fieldName);
            if (value == null) {
                continue;
            }
            Class<?> type = field.getType();
            Object converted;
            try {
                if (value instanceof Collection<?> collection) {
                    converted = convertCollection(collection, field);
                    if (converted == null) {
                        continue;
                    }
                } else {
                    converted = valueAs(value, type);
                }
            } catch (IllegalArgumentException e) {
                LOGGER.warn("Could not convert value '{}' of parameter '{}' to {}: {}", value, fieldName,
                        type.getSimpleName(), e.getMessage());
                continue;
            }
            if (converted == null && type.isPrimitive()) {
                continue;
            }
            try {
                field.setAccessible(true);
                field.set(configuration, converted);
            } catch (IllegalAccessException | IllegalArgumentException | SecurityException e) {
                LOGGER.warn("Could not set field value for field '{}': {}", fieldName, e.getMessage());
            }
        }
        return configuration;
    }

    private static List<Field> getAllFields(Class<?> clazz) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = clazz; c != null && c != Object.class; c = c.getSuperclass()) {
            Collections.addAll(fields, c.getDeclaredFields());
        }
        return fields;
    }

    private static @Nullable Object convertCollection(Collection<?> values, Field field) {
        Class<?> type = field.getType();
        Collection<@Nullable Object> collection;
        if (type.isAssignableFrom(ArrayList.class)) {
            collection = new ArrayList<>();
        } else if (type.isAssignableFrom(HashSet.class)) {
            collection = new HashSet<>();
        } else {
            LOGGER.warn("Skipping field '{}': only List and Set collections are supported", field.getName());
            return null;
        }
        Class<?> innerClass = Object.class;
        Type genericType = field.getGenericType();
        if (genericType instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> argument) {
            innerClass = argument;
        }
        for (Object element : values) {
            Object normalized = valueAs(element, innerClass);
            if (normalized != null) {
                collection.add(normalized);
            }
        }
        return collection;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static @Nullable Object valueAs(@Nullable Object value, Class<?> type) {
        if (value == null) {
            return null;
        }
        Class<?> boxed = box(type);
        if (boxed.isInstance(value)) {
            return value;
        }
        if (value instanceof Number number) {
            if (boxed == Integer.class) {
                return number.intValue();
            } else if (boxed == Long.class) {
                return number.longValue();
            } else if (boxed == Double.class) {
                return number.doubleValue();
            } else if (boxed == Float.class) {
                return number.floatValue();
            } else if (boxed == Short.class) {
                return number.shortValue();
            } else if (boxed == Byte.class) {
                return number.byteValue();
            } else if (boxed == BigDecimal.class) {
                return new BigDecimal(number.toString());
            } else if (boxed == BigInteger.class) {
                return new BigDecimal(number.toString()).toBigInteger();
            } else if (boxed == String.class) {
                return number instanceof BigDecimal bd ? bd.toPlainString() : number.toString();
            }
        } else if (value instanceof String text) {
            String trimmed = text.trim();
            if (boxed == Integer.class) {
                return new BigDecimal(trimmed).intValue();
            } else if (boxed == Long.class) {
                return new BigDecimal(trimmed).longValue();
            } else if (boxed == Double.class) {
                return Double.valueOf(trimmed);
            } else if (boxed == Float.class) {
                return Float.valueOf(trimmed);
            } else if (boxed == Short.class) {
                return Short.valueOf(trimmed);
            } else if (boxed == Byte.class) {
                return Byte.valueOf(trimmed);
            } else if (boxed == BigDecimal.class) {
                return new BigDecimal(trimmed);
            } else if (boxed == BigInteger.class) {
                return new BigInteger(trimmed);
            } else if (boxed == Boolean.class) {
                return Boolean.valueOf(trimmed);
            } else if (boxed.isEnum()) {
                for (Object constant : boxed.getEnumConstants()) {
                    if (((Enum) constant).name().equalsIgnoreCase(trimmed)) {
                        return constant;
                    }
                }
                throw new IllegalArgumentException("No constant '" + trimmed + "' in " + boxed.getSimpleName());
            } else if (boxed == Character.class && trimmed.length() == 1) {
                return trimmed.charAt(0);
            }
        } else if (value instanceof Boolean bool && boxed == String.class) {
            return bool.toString();
        }
        if (boxed == String.class || boxed == Object.class) {
            return boxed == String.class ? value.toString() : value;
        }
        throw new IllegalArgumentException("Cannot convert " + value.getClass().getSimpleName() + " to "
                + type.getSimpleName().toLowerCase(Locale.ROOT));
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        } else if (type == int.class) {
            return Integer.class;
        } else if (type == long.class) {
            return Long.class;
        } else if (type == boolean.class) {
            return Boolean.class;
        } else if (type == double.class) {
            return Double.class;
        } else if (type == float.class) {
            return Float.class;
        } else if (type == short.class) {
            return Short.class;
        } else if (type == byte.class) {
            return Byte.class;
        } else if (type == char.class) {
            return Character.class;
        }
        return Objects.requireNonNull(type);
    }
}
