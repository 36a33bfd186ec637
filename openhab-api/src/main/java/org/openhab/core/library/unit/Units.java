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
package org.openhab.core.library.unit;

import javax.measure.Unit;
import javax.measure.quantity.Angle;
import javax.measure.quantity.Dimensionless;
import javax.measure.quantity.ElectricCapacitance;
import javax.measure.quantity.ElectricCharge;
import javax.measure.quantity.ElectricConductance;
import javax.measure.quantity.ElectricCurrent;
import javax.measure.quantity.ElectricInductance;
import javax.measure.quantity.ElectricPotential;
import javax.measure.quantity.ElectricResistance;
import javax.measure.quantity.Energy;
import javax.measure.quantity.Force;
import javax.measure.quantity.Frequency;
import javax.measure.quantity.Power;
import javax.measure.quantity.Pressure;
import javax.measure.quantity.Speed;
import javax.measure.quantity.Temperature;
import javax.measure.quantity.Time;
import javax.measure.quantity.Volume;
import javax.measure.spi.SystemOfUnits;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.library.dimension.DataAmount;
import org.openhab.core.library.dimension.DataTransferRate;

import tech.units.indriya.AbstractUnit;
import tech.units.indriya.format.SimpleUnitFormat;
import tech.units.indriya.function.MultiplyConverter;
import tech.units.indriya.unit.AlternateUnit;
import tech.units.indriya.unit.ProductUnit;
import tech.units.indriya.unit.TransformedUnit;

/**
 * openHAB's units that are not SI base units (a subset of the real class, backed by indriya).
 *
 * @author Henning Treu - Initial contribution (openHAB)
 */
@NonNullByDefault
public final class Units extends CustomUnits {

    private static final Units INSTANCE = new Units();

    // Dimensionless
    public static final Unit<Dimensionless> ONE = INSTANCE.add(AbstractUnit.ONE);
    public static final Unit<Dimensionless> PERCENT = INSTANCE.add(tech.units.indriya.unit.Units.PERCENT);
    public static final Unit<Dimensionless> PARTS_PER_MILLION = INSTANCE
            .add(new TransformedUnit<>("ppm", ONE, MultiplyConverter.ofRational(1, 1000000)));
    public static final Unit<Dimensionless> PARTS_PER_BILLION = INSTANCE
            .add(new TransformedUnit<>("ppb", ONE, MultiplyConverter.ofRational(1, 1000000000)));
    public static final Unit<Angle> RADIAN = INSTANCE.add(tech.units.indriya.unit.Units.RADIAN);

    // Electricity
    public static final Unit<ElectricCurrent> AMPERE = INSTANCE.add(tech.units.indriya.unit.Units.AMPERE);
    public static final Unit<ElectricCapacitance> FARAD = INSTANCE.add(tech.units.indriya.unit.Units.FARAD);
    public static final Unit<ElectricCharge> COULOMB = INSTANCE.add(tech.units.indriya.unit.Units.COULOMB);
    public static final Unit<ElectricCharge> AMPERE_HOUR = INSTANCE
            .add(new ProductUnit<>(tech.units.indriya.unit.Units.AMPERE.multiply(tech.units.indriya.unit.Units.HOUR)),
                    ElectricCharge.class);
    public static final Unit<ElectricCharge> MILLIAMPERE_HOUR = INSTANCE.add(MetricPrefix.MILLI(AMPERE_HOUR));
    public static final Unit<ElectricConductance> SIEMENS = INSTANCE.add(tech.units.indriya.unit.Units.SIEMENS);
    public static final Unit<ElectricInductance> HENRY = INSTANCE.add(tech.units.indriya.unit.Units.HENRY);
    public static final Unit<ElectricPotential> VOLT = INSTANCE.add(tech.units.indriya.unit.Units.VOLT);
    public static final Unit<ElectricResistance> OHM = INSTANCE.add(tech.units.indriya.unit.Units.OHM);

    // Energy and power
    public static final Unit<Energy> JOULE = INSTANCE.add(tech.units.indriya.unit.Units.JOULE);
    public static final Unit<Energy> WATT_SECOND = INSTANCE
            .add(new ProductUnit<>(tech.units.indriya.unit.Units.WATT.multiply(tech.units.indriya.unit.Units.SECOND)),
                    Energy.class);
    public static final Unit<Energy> WATT_HOUR = INSTANCE
            .add(new ProductUnit<>(tech.units.indriya.unit.Units.WATT.multiply(tech.units.indriya.unit.Units.HOUR)),
                    Energy.class);
    public static final Unit<Energy> KILOWATT_HOUR = INSTANCE.add(MetricPrefix.KILO(WATT_HOUR));
    public static final Unit<Energy> MEGAWATT_HOUR = INSTANCE.add(MetricPrefix.MEGA(WATT_HOUR));
    public static final Unit<Power> WATT = INSTANCE.add(tech.units.indriya.unit.Units.WATT);
    public static final Unit<Power> VAR = INSTANCE.add(new AlternateUnit<>(tech.units.indriya.unit.Units.WATT, "var"));
    public static final Unit<Power> KILOVAR = INSTANCE.add(MetricPrefix.KILO(VAR));
    public static final Unit<Energy> VAR_HOUR = INSTANCE
            .add(new ProductUnit<>(VAR.multiply(tech.units.indriya.unit.Units.HOUR)), Energy.class);
    public static final Unit<Energy> KILOVAR_HOUR = INSTANCE.add(MetricPrefix.KILO(VAR_HOUR));
    public static final Unit<Power> VOLT_AMPERE = INSTANCE
            .add(new AlternateUnit<>(tech.units.indriya.unit.Units.WATT, "VA"));
    public static final Unit<Power> KILOVOLT_AMPERE = INSTANCE.add(MetricPrefix.KILO(VOLT_AMPERE));
    public static final Unit<Energy> VOLT_AMPERE_HOUR = INSTANCE
            .add(new ProductUnit<>(VOLT_AMPERE.multiply(tech.units.indriya.unit.Units.HOUR)), Energy.class);
    public static final Unit<Force> NEWTON = INSTANCE.add(tech.units.indriya.unit.Units.NEWTON);
    public static final Unit<Pressure> BAR = INSTANCE
            .add(new TransformedUnit<>("bar", tech.units.indriya.unit.Units.PASCAL, MultiplyConverter.of(100000)));
    public static final Unit<Pressure> MILLIBAR = INSTANCE.add(MetricPrefix.MILLI(BAR));

    // Frequency, speed, temperature, time, volume
    public static final Unit<Frequency> HERTZ = INSTANCE.add(tech.units.indriya.unit.Units.HERTZ);
    public static final Unit<Frequency> RPM = INSTANCE
            .add(new ProductUnit<>(AbstractUnit.ONE.divide(tech.units.indriya.unit.Units.MINUTE)), Frequency.class);
    public static final Unit<Speed> METRE_PER_SECOND = INSTANCE
            .add(tech.units.indriya.unit.Units.METRE_PER_SECOND);
    public static final Unit<Temperature> KELVIN = INSTANCE.add(tech.units.indriya.unit.Units.KELVIN);
    public static final Unit<Time> SECOND = INSTANCE.add(tech.units.indriya.unit.Units.SECOND);
    public static final Unit<Time> MINUTE = INSTANCE.add(tech.units.indriya.unit.Units.MINUTE);
    public static final Unit<Time> HOUR = INSTANCE.add(tech.units.indriya.unit.Units.HOUR);
    public static final Unit<Time> DAY = INSTANCE.add(tech.units.indriya.unit.Units.DAY);
    public static final Unit<Time> WEEK = INSTANCE.add(tech.units.indriya.unit.Units.WEEK);
    public static final Unit<Time> YEAR = INSTANCE.add(tech.units.indriya.unit.Units.YEAR);
    public static final Unit<Volume> LITRE = INSTANCE.add(tech.units.indriya.unit.Units.LITRE);

    // Data
    public static final Unit<DataAmount> BIT = INSTANCE.add(new AlternateUnit<>(AbstractUnit.ONE, "bit"),
            DataAmount.class);
    public static final Unit<DataAmount> KILOBIT = INSTANCE.add(MetricPrefix.KILO(BIT));
    public static final Unit<DataAmount> MEGABIT = INSTANCE.add(MetricPrefix.MEGA(BIT));
    public static final Unit<DataAmount> GIGABIT = INSTANCE.add(MetricPrefix.GIGA(BIT));
    public static final Unit<DataAmount> BYTE = INSTANCE.add(BIT.multiply(8));
    public static final Unit<DataAmount> OCTET = INSTANCE.add(BIT.multiply(8));
    public static final Unit<DataAmount> KILOBYTE = INSTANCE.add(MetricPrefix.KILO(BYTE));
    public static final Unit<DataAmount> MEGABYTE = INSTANCE.add(MetricPrefix.MEGA(BYTE));
    public static final Unit<DataAmount> GIGABYTE = INSTANCE.add(MetricPrefix.GIGA(BYTE));
    public static final Unit<DataAmount> TERABYTE = INSTANCE.add(MetricPrefix.TERA(BYTE));
    public static final Unit<DataAmount> KIBIBYTE = INSTANCE.add(BYTE.multiply(1024));
    public static final Unit<DataAmount> MEBIBYTE = INSTANCE.add(KIBIBYTE.multiply(1024));
    public static final Unit<DataAmount> GIBIBYTE = INSTANCE.add(MEBIBYTE.multiply(1024));
    public static final Unit<DataTransferRate> BIT_PER_SECOND = INSTANCE
            .add(new ProductUnit<>(BIT.divide(tech.units.indriya.unit.Units.SECOND)), DataTransferRate.class);
    public static final Unit<DataTransferRate> KILOBIT_PER_SECOND = INSTANCE.add(MetricPrefix.KILO(BIT_PER_SECOND));
    public static final Unit<DataTransferRate> MEGABIT_PER_SECOND = INSTANCE.add(MetricPrefix.MEGA(BIT_PER_SECOND));

    static {
        SimpleUnitFormat format = SimpleUnitFormat.getInstance();
        format.label(PARTS_PER_MILLION, "ppm");
        format.label(PARTS_PER_BILLION, "ppb");
        format.label(AMPERE_HOUR, "Ah");
        format.label(MILLIAMPERE_HOUR, "mAh");
        format.label(WATT_SECOND, "Ws");
        format.label(WATT_HOUR, "Wh");
        format.label(KILOWATT_HOUR, "kWh");
        format.label(MEGAWATT_HOUR, "MWh");
        format.label(VAR, "var");
        format.label(KILOVAR, "kvar");
        format.label(VAR_HOUR, "varh");
        format.label(KILOVAR_HOUR, "kvarh");
        format.label(VOLT_AMPERE, "VA");
        format.label(KILOVOLT_AMPERE, "kVA");
        format.label(VOLT_AMPERE_HOUR, "VAh");
        format.label(BAR, "bar");
        format.label(MILLIBAR, "mbar");
        format.label(RPM, "rpm");
        format.label(BIT, "bit");
        format.label(KILOBIT, "kbit");
        format.label(MEGABIT, "Mbit");
        format.label(GIGABIT, "Gbit");
        format.label(BYTE, "B");
        format.alias(OCTET, "o");
        format.label(KILOBYTE, "kB");
        format.label(MEGABYTE, "MB");
        format.label(GIGABYTE, "GB");
        format.label(TERABYTE, "TB");
        format.label(KIBIBYTE, "KiB");
        format.label(MEBIBYTE, "MiB");
        format.label(GIBIBYTE, "GiB");
        format.label(BIT_PER_SECOND, "bit/s");
        format.label(KILOBIT_PER_SECOND, "kbit/s");
        format.label(MEGABIT_PER_SECOND, "Mbit/s");
    }

    private Units() {
        // singleton
    }

    /**
     * @return the system of units holding these units
     */
    public static SystemOfUnits getInstance() {
        return INSTANCE;
    }

    @Override
    public String getName() {
        return Units.class.getSimpleName();
    }
}
