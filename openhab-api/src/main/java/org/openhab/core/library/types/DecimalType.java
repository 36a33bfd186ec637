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

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.IllegalFormatConversionException;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * A number without unit, backed by a {@link BigDecimal}; equal when numerically equal.
 *
 * @author Kai Kreuzer - Initial contribution (openHAB)
 */
@NonNullByDefault
public class DecimalType extends Number implements PrimitiveType, State, Command, Comparable<DecimalType> {

    private static final long serialVersionUID = 4226845847123464690L;

    protected static final BigDecimal BIG_DECIMAL_HUNDRED = BigDecimal.valueOf(100);

    public static final DecimalType ZERO = new DecimalType(0);

    protected BigDecimal value;

    public DecimalType() {
        this.value = BigDecimal.ZERO;
    }

    public DecimalType(Number value) {
        this.value = toBigDecimal(value);
    }

    public DecimalType(String value) {
        this.value = new BigDecimal(value.trim());
    }

    public DecimalType(String value, Locale locale) {
        this.value = parse(value, locale);
    }

    static BigDecimal toBigDecimal(Number value) {
        if (value instanceof BigDecimal bd) {
            return bd;
        } else if (value instanceof QuantityType<?> quantity) {
            return quantity.toBigDecimal();
        } else if (value instanceof DecimalType decimal) {
            return decimal.value;
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            return BigDecimal.valueOf(value.longValue());
        }
        return new BigDecimal(value.toString());
    }

    private static BigDecimal parse(String value, Locale locale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getInstance(locale);
        format.setParseBigDecimal(true);
        DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
        String trimmed = value.trim();
        ParsePosition position = new ParsePosition(0);
        Number parsed = format.parse(trimmed, position);
        if (parsed == null || position.getIndex() != trimmed.length()) {
            // fall back to the locale-independent form (e.g. "1.5E3")
            try {
                return new BigDecimal(trimmed);
            } catch (NumberFormatException e) {
                throw new NumberFormatException("Invalid number '" + value + "' for locale " + locale
                        + " (decimal separator '" + symbols.getDecimalSeparator() + "')");
            }
        }
        return (BigDecimal) parsed;
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return value.toPlainString();
    }

    public static DecimalType valueOf(String value) {
        return new DecimalType(value);
    }

    @Override
    public String format(String pattern) {
        // an integral value can be formatted with %d as well as with %f
        if (pattern.contains("%d")) {
            try {
                return String.format(pattern, value.toBigIntegerExact());
            } catch (ArithmeticException | IllegalFormatConversionException e) {
                return String.format(pattern, value.toBigInteger());
            }
        }
        return String.format(pattern, value);
    }

    public BigDecimal toBigDecimal() {
        return value;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof DecimalType other)) {
            return false;
        }
        return value.compareTo(other.value) == 0;
    }

    @Override
    public int compareTo(DecimalType o) {
        return value.compareTo(o.toBigDecimal());
    }

    @Override
    public double doubleValue() {
        return value.doubleValue();
    }

    @Override
    public float floatValue() {
        return value.floatValue();
    }

    @Override
    public int intValue() {
        return value.intValue();
    }

    @Override
    public long longValue() {
        return value.longValue();
    }

    protected <T extends State> @Nullable T defaultConversion(@Nullable Class<T> target) {
        return State.super.as(target);
    }

    @Override
    public <T extends State> @Nullable T as(@Nullable Class<T> target) {
        if (target == OnOffType.class) {
            return target.cast(equals(ZERO) ? OnOffType.OFF : OnOffType.ON);
        } else if (target == PercentType.class) {
            return target.cast(new PercentType(toBigDecimal().multiply(BIG_DECIMAL_HUNDRED)));
        } else if (target == QuantityType.class) {
            return target.cast(new QuantityType<>(toBigDecimal(), Units.ONE));
        } else if (target == StringType.class) {
            return target.cast(new StringType(toFullString()));
        }
        return defaultConversion(target);
    }
}
