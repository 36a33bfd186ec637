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
package org.openhab.core.library.types;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * A point in time. Equal when the instants are equal.
 *
 * @author Kai Kreuzer - Initial contribution (openHAB)
 */
@NonNullByDefault
public class DateTimeType implements PrimitiveType, State, Command, Comparable<DateTimeType> {

    public static final String DATE_PATTERN = "yyyy-MM-dd'T'HH:mm:ss";
    public static final String DATE_PATTERN_WITH_TZ = "yyyy-MM-dd'T'HH:mm:ssz";
    public static final String DATE_PATTERN_WITH_TZ_AND_MS = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";
    public static final String DATE_PATTERN_WITH_TZ_AND_MS_GENERAL = "yyyy-MM-dd'T'HH:mm:ss.SSSz";
    public static final String DATE_PATTERN_WITH_TZ_AND_MS_ISO = "yyyy-MM-dd'T'HH:mm:ss.SSSX";
    public static final String DATE_PATTERN_JSON_COMPAT = "MMM d, yyyy, h:mm:ss aaa";

    private static final DateTimeFormatter FORMATTER_TZ_MS = DateTimeFormatter.ofPattern(DATE_PATTERN_WITH_TZ_AND_MS);
    private static final List<DateTimeFormatter> ZONED_PARSERS = List.of(DateTimeFormatter.ISO_ZONED_DATE_TIME,
            DateTimeFormatter.ISO_OFFSET_DATE_TIME, FORMATTER_TZ_MS,
            DateTimeFormatter.ofPattern(DATE_PATTERN_WITH_TZ_AND_MS_ISO),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ"), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssX"),
            DateTimeFormatter.ofPattern(DATE_PATTERN_WITH_TZ_AND_MS_GENERAL),
            DateTimeFormatter.ofPattern(DATE_PATTERN_WITH_TZ));

    private final Instant instant;

    /**
     * Creates the current time.
     */
    public DateTimeType() {
        this(Instant.now());
    }

    public DateTimeType(Instant instant) {
        this.instant = instant;
    }

    public DateTimeType(ZonedDateTime zoned) {
        this(zoned.toInstant());
    }

    /**
     * Parses ISO-8601 date-times (with or without zone or offset; without zone the system zone is assumed), the
     * openHAB patterns {@link #DATE_PATTERN_WITH_TZ_AND_MS} etc., dates, and epoch seconds/milliseconds.
     *
     * @throws IllegalArgumentException if the value cannot be parsed
     */
    public DateTimeType(String zonedValue) {
        this.instant = parse(zonedValue.trim());
    }

    private static Instant parse(String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("'' is not in a valid format.");
        }
        if (value.matches("-?\\d{1,19}")) {
            long epoch = Long.parseLong(value);
            // like openHAB: up to 10 digits are seconds, more are milliseconds
            return value.replace("-", "").length() <= 10 ? Instant.ofEpochSecond(epoch) : Instant.ofEpochMilli(epoch);
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            // try the next format
        }
        for (DateTimeFormatter formatter : ZONED_PARSERS) {
            try {
                return ZonedDateTime.parse(value, formatter).toInstant();
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        try {
            return LocalDateTime.parse(value).atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            // try the next format
        }
        try {
            return LocalDate.parse(value).atStartOfDay(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(value + " is not in a valid format.", e);
        }
    }

    /**
     * @return the time in the system default zone
     */
    public ZonedDateTime getZonedDateTime() {
        return instant.atZone(ZoneId.systemDefault());
    }

    public ZonedDateTime getZonedDateTime(ZoneId zoneId) {
        return instant.atZone(zoneId);
    }

    public Instant getInstant() {
        return instant;
    }

    public static DateTimeType valueOf(String value) {
        return new DateTimeType(value);
    }

    @Override
    public String format(@Nullable String pattern) {
        return format(pattern, ZoneId.systemDefault());
    }

    public String format(@Nullable String pattern, ZoneId zoneId) {
        ZonedDateTime zoned = getZonedDateTime(zoneId);
        if (pattern == null) {
            return FORMATTER_TZ_MS.format(zoned);
        }
        return String.format(pattern, zoned);
    }

    public String format(Locale locale, String pattern) {
        return String.format(locale, pattern, getZonedDateTime());
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return toFullString(ZoneId.systemDefault());
    }

    public String toFullString(ZoneId zoneId) {
        try {
            return FORMATTER_TZ_MS.format(getZonedDateTime(zoneId));
        } catch (DateTimeException e) {
            return instant.toString();
        }
    }

    @Override
    public int hashCode() {
        return instant.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        return instant.equals(((DateTimeType) obj).instant);
    }

    @Override
    public int compareTo(DateTimeType o) {
        return instant.compareTo(o.instant);
    }
}
