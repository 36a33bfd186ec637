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
import java.math.BigInteger;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.IllegalFormatConversionException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.measure.Dimension;
import javax.measure.IncommensurableException;
import javax.measure.Quantity;
import javax.measure.Quantity.Scale;
import javax.measure.UnconvertibleException;
import javax.measure.Unit;
import javax.measure.UnitConverter;
import javax.measure.format.MeasurementParseException;
import javax.measure.quantity.Dimensionless;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

import tech.units.indriya.AbstractUnit;
import tech.units.indriya.format.SimpleUnitFormat;
import tech.units.indriya.function.RationalNumber;
import tech.units.indriya.quantity.Quantities;

/**
 * A number with a unit, backed by an indriya {@link Quantity} with a {@link BigDecimal} value.
 * <p>
 * Like openHAB, two quantities are equal when their units are compatible (same dimension) and their values, each
 * converted to its unit's system unit, are numerically equal ({@code 1 kW} equals {@code 1000 W};
 * {@code 230.5 V} equals {@code 230.50 V}). The string form is {@code "<plain value> <unit symbol>"}, e.g.
 * {@code "230.5 V"}.
 *
 * @param <T> the quantity type
 * @author Gaël L'hopital - Initial contribution (openHAB)
 */
@NonNullByDefault
public class QuantityType<T extends Quantity<T>> extends Number
        implements PrimitiveType, State, Command, Comparable<QuantityType<T>> {

    private static final long serialVersionUID = 8828949721938234629L;
    private static final BigDecimal BIG_DECIMAL_HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern NUMBER_AND_UNIT = Pattern
            .compile("^([-+]?(?:\\d[\\d.,\\u00a0\\u202f']*|[.,]\\d+)(?:[eE][-+]?\\d+)?)\\s*(.*)$");

    public static final QuantityType<Dimensionless> ZERO = new QuantityType<>(0, AbstractUnit.ONE);
    public static final QuantityType<Dimensionless> ONE = new QuantityType<>(1, AbstractUnit.ONE);

    private final Quantity<T> quantity;

    /**
     * Creates a dimensionless zero.
     */
    @SuppressWarnings("unchecked")
    public QuantityType() {
        this.quantity = (Quantity<T>) Quantities.getQuantity(BigDecimal.ZERO, AbstractUnit.ONE, Scale.ABSOLUTE);
    }

    /**
     * Parses {@code "<number> <unit>"} (the space is optional; no unit means dimensionless).
     *
     * @throws IllegalArgumentException if the value cannot be parsed
     */
    public QuantityType(String value) {
        this(value, Locale.ROOT);
    }

    /**
     * Parses {@code "<number> <unit>"} with the number in the given locale's format.
     *
     * @throws IllegalArgumentException if the value cannot be parsed
     */
    @SuppressWarnings("unchecked")
    public QuantityType(String value, Locale locale) {
        Matcher matcher = NUMBER_AND_UNIT.matcher(value.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Invalid quantity '" + value + "'");
        }
        BigDecimal number = parseNumber(matcher.group(1), locale);
        Unit<?> unit = parseUnit(matcher.group(2).trim());
        this.quantity = (Quantity<T>) Quantities.getQuantity(number, unit, Scale.ABSOLUTE);
    }

    /**
     * @param value the value; converted exactly via its string form (no binary floating point artefacts)
     * @param unit the unit
     */
    public QuantityType(Number value, Unit<T> unit) {
        this.quantity = Quantities.getQuantity(toBigDecimal(value), unit, Scale.ABSOLUTE);
    }

    private QuantityType(Quantity<T> quantity) {
        this.quantity = Quantities.getQuantity(toBigDecimal(quantity.getValue()), quantity.getUnit(),
                quantity.getScale());
    }

    public static <T extends Quantity<T>> QuantityType<T> valueOf(double value, Unit<T> unit) {
        return new QuantityType<>(value, unit);
    }

    public static QuantityType<? extends Quantity<?>> valueOf(String value) {
        return new QuantityType<>(value);
    }

    private static BigDecimal toBigDecimal(Number value) {
        if (value instanceof BigDecimal bd) {
            return bd;
        } else if (value instanceof BigInteger bi) {
            return new BigDecimal(bi);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            return BigDecimal.valueOf(value.longValue());
        } else if (value instanceof RationalNumber rational) {
            return rational.bigDecimalValue();
        } else if (value instanceof QuantityType<?> other) {
            return other.toBigDecimal();
        }
        String text = value.toString();
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            double d = value.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("Not a finite number: " + text, e);
            }
            return new BigDecimal(Double.toString(d));
        }
    }

    private static BigDecimal parseNumber(String text, Locale locale) {
        if (Locale.ROOT.equals(locale)) {
            return new BigDecimal(text);
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getInstance(locale);
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Number parsed = format.parse(text, position);
        if (parsed == null || position.getIndex() != text.length()) {
            return new BigDecimal(text);
        }
        return (BigDecimal) parsed;
    }

    private static Unit<?> parseUnit(String symbol) {
        // make sure the openHAB labels (kWh, var, VA, °C, ...) are registered
        Units.getInstance();
        SIUnits.getInstance();
        if (symbol.isEmpty()) {
            return AbstractUnit.ONE;
        } else if ("%".equals(symbol)) {
            return Units.PERCENT;
        }
        try {
            return SimpleUnitFormat.getInstance().parse(symbol);
        } catch (MeasurementParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown unit '" + symbol + "'", e);
        }
    }

    private static String symbol(Unit<?> unit) {
        Units.getInstance();
        SIUnits.getInstance();
        return SimpleUnitFormat.getInstance().format(unit);
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof QuantityType<?> other)) {
            return false;
        }
        Unit<T> unit = quantity.getUnit();
        Unit<?> otherUnit = other.quantity.getUnit();
        if (!unit.isCompatible(otherUnit) && !unit.inverse().isCompatible(otherUnit)) {
            return false;
        }
        try {
            return internalCompareTo(other) == 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public int compareTo(QuantityType<T> o) {
        return internalCompareTo(o);
    }

    private int internalCompareTo(QuantityType<?> o) {
        if (quantity.getUnit().isCompatible(o.quantity.getUnit())) {
            BigDecimal v1 = systemValue(this);
            BigDecimal v2 = systemValue(o);
            return v1.compareTo(v2);
        } else if (quantity.getUnit().isCompatible(o.quantity.getUnit().inverse())) {
            QuantityType<?> inverse = o.inverse();
            if (inverse == null) {
                throw new IllegalArgumentException("Can not compare with the inverse of zero.");
            }
            return systemValue(this).compareTo(systemValue(inverse));
        }
        throw new IllegalArgumentException("Can not compare incompatible units.");
    }

    private static BigDecimal systemValue(QuantityType<?> q) {
        QuantityType<?> system = q.toUnit(q.getUnit().getSystemUnit());
        if (system == null) {
            throw new IllegalArgumentException("Unable to convert to system unit during compare.");
        }
        return system.toBigDecimal();
    }

    public Unit<T> getUnit() {
        return quantity.getUnit();
    }

    public Dimension getDimension() {
        return getUnit().getDimension();
    }

    /**
     * Converts to another unit.
     *
     * @return the converted quantity or {@code null} if the units are not compatible
     */
    @SuppressWarnings("unchecked")
    public @Nullable QuantityType<T> toUnit(Unit<?> targetUnit) {
        if (targetUnit.equals(getUnit())) {
            return this;
        }
        try {
            UnitConverter converter = getUnit().getConverterToAny(targetUnit);
            Number converted = converter.convert(quantity.getValue());
            return new QuantityType<>(converted, (Unit<T>) targetUnit);
        } catch (UnconvertibleException | IncommensurableException | ArithmeticException e) {
            return null;
        }
    }

    public @Nullable QuantityType<T> toUnit(String targetUnit) {
        try {
            return toUnit(parseUnit(targetUnit));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Converts to another unit, inverting the quantity first if only the inverse is compatible.
     */
    public @Nullable QuantityType<?> toInvertibleUnit(Unit<?> targetUnit) {
        if (!targetUnit.equals(getUnit()) && getUnit().inverse().isCompatible(targetUnit)) {
            return inverse().toUnit(targetUnit);
        }
        return toUnit(targetUnit);
    }

    public @Nullable QuantityType<?> toInvertibleUnit(String targetUnit) {
        try {
            return toInvertibleUnit(parseUnit(targetUnit));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Converts a difference (relative quantity) to another unit, i.e. without offsets ({@code 1 K} = {@code 1 °C}).
     */
    @SuppressWarnings("unchecked")
    public @Nullable QuantityType<T> toUnitRelative(Unit<T> targetUnit) {
        if (targetUnit.equals(getUnit())) {
            return this;
        }
        try {
            UnitConverter converter = getUnit().getConverterToAny(targetUnit);
            BigDecimal offset = toBigDecimal(converter.convert(BigDecimal.ZERO));
            BigDecimal converted = toBigDecimal(converter.convert(toBigDecimal())).subtract(offset);
            return new QuantityType<>(converted, targetUnit);
        } catch (UnconvertibleException | IncommensurableException | ArithmeticException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    public @Nullable QuantityType<T> toUnitRelative(String targetUnit) {
        try {
            return toUnitRelative((Unit<T>) parseUnit(targetUnit));
        } catch (IllegalArgumentException | ClassCastException e) {
            return null;
        }
    }

    public BigDecimal toBigDecimal() {
        return toBigDecimal(quantity.getValue());
    }

    @Override
    public int hashCode() {
        BigDecimal value;
        try {
            value = systemValue(this);
        } catch (IllegalArgumentException e) {
            value = toBigDecimal();
        }
        return 31 * getDimension().hashCode() + value.stripTrailingZeros().hashCode();
    }

    @Override
    public String format(String pattern) {
        String unitSymbol = Units.PERCENT.equals(getUnit()) ? "%%" : symbol(getUnit());
        String formatPattern = pattern.replace("%unit%", unitSymbol);
        try {
            return String.format(formatPattern, toBigDecimal().toBigIntegerExact());
        } catch (ArithmeticException | IllegalFormatConversionException e) {
            // not an integer, or a pattern like %.1f: use the decimal value
        }
        return String.format(formatPattern, toBigDecimal());
    }

    @Override
    public int intValue() {
        return toBigDecimal().intValue();
    }

    @Override
    public long longValue() {
        return toBigDecimal().longValue();
    }

    @Override
    public float floatValue() {
        return toBigDecimal().floatValue();
    }

    @Override
    public double doubleValue() {
        return toBigDecimal().doubleValue();
    }

    @Override
    public String toFullString() {
        if (AbstractUnit.ONE.equals(getUnit())) {
            return toBigDecimal().toPlainString();
        }
        return toBigDecimal().toPlainString() + " " + symbol(getUnit());
    }

    @Override
    public <U extends State> @Nullable U as(@Nullable Class<U> target) {
        if (target == OnOffType.class) {
            if (toBigDecimal().signum() == 0) {
                return target.cast(OnOffType.OFF);
            } else if (Units.PERCENT.equals(getUnit())) {
                return target.cast(toBigDecimal().signum() > 0 ? OnOffType.ON : OnOffType.OFF);
            } else if (toBigDecimal().compareTo(BigDecimal.ONE) == 0) {
                return target.cast(OnOffType.ON);
            }
            return null;
        } else if (target == DecimalType.class) {
            return target.cast(new DecimalType(toBigDecimal()));
        } else if (target == PercentType.class) {
            if (Units.PERCENT.equals(getUnit())) {
                return target.cast(new PercentType(toBigDecimal()));
            }
            return target.cast(new PercentType(toBigDecimal().multiply(BIG_DECIMAL_HUNDRED)));
        }
        return State.super.as(target);
    }

    /**
     * @return the sum, in the unit of this quantity
     */
    public QuantityType<T> add(QuantityType<T> state) {
        QuantityType<T> other = state.toUnit(getUnit());
        if (other == null) {
            throw new IllegalArgumentException("Incompatible units: " + getUnit() + " and " + state.getUnit());
        }
        return new QuantityType<>(toBigDecimal().add(other.toBigDecimal()), getUnit());
    }

    public QuantityType<T> negate() {
        return new QuantityType<>(toBigDecimal().negate(), getUnit());
    }

    /**
     * @return the difference, in the unit of this quantity
     */
    public QuantityType<T> subtract(QuantityType<T> state) {
        return add(state.negate());
    }

    public QuantityType<?> multiply(BigDecimal value) {
        return new QuantityType<>(toBigDecimal().multiply(value), getUnit());
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    public QuantityType<?> multiply(QuantityType<?> state) {
        Quantity<?> product = quantity.multiply(state.quantity);
        return new QuantityType(product);
    }

    public QuantityType<?> divide(BigDecimal value) {
        return new QuantityType<>(toBigDecimal().divide(value, MathContext.DECIMAL128), getUnit());
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    public QuantityType<?> divide(QuantityType<?> state) {
        Quantity<?> quotient = quantity.divide(state.quantity);
        return new QuantityType(quotient);
    }

    /**
     * Adds an offset, both converted to the given unit.
     */
    public QuantityType<T> offset(QuantityType<T> offset, Unit<T> unit) {
        QuantityType<T> self = toUnit(unit);
        QuantityType<T> other = offset.toUnit(unit);
        if (self == null || other == null) {
            throw new IllegalArgumentException("Incompatible unit " + unit);
        }
        return self.add(other);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    public @Nullable QuantityType<?> inverse() {
        if (toBigDecimal().signum() == 0) {
            return null;
        }
        return new QuantityType(quantity.inverse());
    }
}
