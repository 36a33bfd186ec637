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

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.measure.quantity.Energy;
import javax.measure.quantity.Power;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.library.unit.MetricPrefix;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;

/**
 * Tests the library types.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class QuantityTypeTest {

    @Test
    void equalityIsNumericAndUnitAware() {
        assertEquals(new QuantityType<>(230.5, Units.VOLT), new QuantityType<>(new BigDecimal("230.5"), Units.VOLT));
        assertEquals(new QuantityType<>(new BigDecimal("230.50"), Units.VOLT),
                new QuantityType<>(new BigDecimal("230.5"), Units.VOLT));
        assertEquals(new QuantityType<>(new BigDecimal("230.50"), Units.VOLT).hashCode(),
                new QuantityType<>(new BigDecimal("230.5"), Units.VOLT).hashCode());
        assertEquals(new QuantityType<>(-543, Units.WATT), new QuantityType<>(new BigDecimal("-543.0"), Units.WATT));
        assertEquals(new QuantityType<>(1, MetricPrefix.KILO(Units.WATT)), new QuantityType<>(1000, Units.WATT));
        assertNotEquals(new QuantityType<>(230, Units.VOLT), new QuantityType<>(230, Units.AMPERE));
        assertNotEquals(new QuantityType<>(230, Units.VOLT), new QuantityType<>(231, Units.VOLT));
        assertNotEquals(new QuantityType<>(1, Units.WATT), new DecimalType(1));
    }

    @Test
    void stringForm() {
        assertEquals("230.5 V", new QuantityType<>(230.5, Units.VOLT).toString());
        assertEquals("-543 W", new QuantityType<>(-543, Units.WATT).toFullString());
        assertEquals("1.5 kWh", new QuantityType<>(new BigDecimal("1.5"), Units.KILOWATT_HOUR).toString());
        assertEquals("2 kvarh", new QuantityType<>(2, Units.KILOVAR_HOUR).toString());
        assertEquals("3 varh", new QuantityType<>(3, Units.VAR_HOUR).toString());
        assertEquals("4 VAh", new QuantityType<>(4, Units.VOLT_AMPERE_HOUR).toString());
        assertEquals("5 var", new QuantityType<>(5, Units.VAR).toString());
        assertEquals("6 VA", new QuantityType<>(6, Units.VOLT_AMPERE).toString());
        assertEquals("50 Hz", new QuantityType<>(50, Units.HERTZ).toString());
        assertEquals("42 %", new QuantityType<>(42, Units.PERCENT).toString());
        assertEquals("21.5 °C", new QuantityType<>(21.5, SIUnits.CELSIUS).toString());
        assertEquals("512 kB", new QuantityType<>(512, Units.KILOBYTE).toString());
        assertEquals("0.987", new QuantityType<>(0.987, Units.ONE).toString());
        assertEquals("1 kW", new QuantityType<>(new BigDecimal("1.0"), MetricPrefix.KILO(Units.WATT)).toString());
    }

    @Test
    void parsing() {
        assertEquals(new QuantityType<>(new BigDecimal("1.5"), Units.KILOWATT_HOUR), new QuantityType<>("1.5 kWh"));
        assertEquals(new QuantityType<>(230, Units.VOLT), QuantityType.valueOf("230V"));
        assertEquals(new QuantityType<>(5, Units.PERCENT), new QuantityType<>("5 %"));
        assertEquals(new QuantityType<>(7, Units.ONE), new QuantityType<>("7"));
        assertEquals(new QuantityType<>(2, Units.VAR), new QuantityType<>("2 var"));
        assertThrows(IllegalArgumentException.class, () -> new QuantityType<>("abc"));
    }

    @Test
    void conversion() {
        QuantityType<Energy> energy = new QuantityType<>(1234567, MetricPrefix.MILLI(Units.WATT_HOUR));
        QuantityType<Energy> kwh = energy.toUnit(Units.KILOWATT_HOUR);
        assertNotNull(kwh);
        assertEquals(0, new BigDecimal("1.234567").compareTo(kwh.toBigDecimal()));
        assertEquals(Units.KILOWATT_HOUR, kwh.getUnit());

        QuantityType<Power> power = new QuantityType<>(1500, MetricPrefix.MILLI(Units.WATT));
        QuantityType<Power> watt = power.toUnit(Units.WATT);
        assertNotNull(watt);
        assertEquals("1.5 W", watt.toString());
        assertEquals(1.5, watt.doubleValue());
        assertNull(power.toUnit(Units.VOLT));

        QuantityType<Power> kw = new QuantityType<Power>(2, Units.WATT).toUnit("kW");
        assertNotNull(kw);
        assertEquals(0, new BigDecimal("0.002").compareTo(kw.toBigDecimal()));

        QuantityType<?> celsius = new QuantityType<>(0, SIUnits.CELSIUS).toUnit(Units.KELVIN);
        assertNotNull(celsius);
        assertEquals(0, new BigDecimal("273.15").compareTo(celsius.toBigDecimal()));
    }

    @Test
    void arithmeticAndComparison() {
        QuantityType<Power> a = new QuantityType<>(100, Units.WATT);
        QuantityType<Power> b = new QuantityType<>(new BigDecimal("0.05"), MetricPrefix.KILO(Units.WATT));
        assertEquals(new QuantityType<>(150, Units.WATT), a.add(b));
        assertEquals(new QuantityType<>(50, Units.WATT), a.subtract(b));
        assertEquals(new QuantityType<>(-100, Units.WATT), a.negate());
        assertTrue(a.compareTo(b) > 0);
        assertEquals("100.0 W", a.format("%.1f %unit%"));
        assertEquals("100 W", a.format("%d %unit%"));
        assertEquals(new DecimalType(100), a.as(DecimalType.class));
    }

    @Test
    void otherTypes() {
        assertEquals(new DecimalType(new BigDecimal("0.95")), new DecimalType(0.95));
        assertEquals(new DecimalType(new BigDecimal("1.0")), new DecimalType(1));
        assertEquals("0.95", new DecimalType(0.95).toString());
        assertEquals(new StringType("valid"), StringType.valueOf("valid"));
        assertEquals("valid", new StringType("valid").toString());
        assertEquals(OnOffType.ON, OnOffType.from(true));
        assertEquals(OnOffType.OFF, OnOffType.from("off"));
        assertEquals(new PercentType(42), PercentType.valueOf("42"));
        assertThrows(IllegalArgumentException.class, () -> new PercentType(101));

        Instant now = Instant.parse("2026-08-01T12:34:56.789Z");
        DateTimeType dateTime = new DateTimeType(now);
        assertEquals(dateTime, new DateTimeType(now.atZone(ZoneOffset.ofHours(2))));
        assertEquals(now, dateTime.getInstant());
        assertEquals(12, dateTime.getZonedDateTime(ZoneOffset.UTC).getHour());
        assertEquals(dateTime, new DateTimeType("2026-08-01T12:34:56.789Z"));
        assertEquals(dateTime, new DateTimeType("2026-08-01T14:34:56.789+0200"));
        assertEquals(dateTime, DateTimeType.valueOf(dateTime.toFullString()));
    }
}
