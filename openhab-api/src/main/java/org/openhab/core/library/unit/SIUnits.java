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
import javax.measure.quantity.Area;
import javax.measure.quantity.Length;
import javax.measure.quantity.Mass;
import javax.measure.quantity.Pressure;
import javax.measure.quantity.Speed;
import javax.measure.quantity.Temperature;
import javax.measure.quantity.Volume;
import javax.measure.spi.SystemOfUnits;

import org.eclipse.jdt.annotation.NonNullByDefault;

import tech.units.indriya.format.SimpleUnitFormat;

/**
 * The SI units openHAB uses for the metric measurement system (backed by indriya).
 *
 * @author Henning Treu - Initial contribution (openHAB)
 */
@NonNullByDefault
public final class SIUnits extends CustomUnits {

    public static final String MEASUREMENT_SYSTEM_NAME = "SI";

    private static final SIUnits INSTANCE = new SIUnits();

    public static final Unit<Temperature> CELSIUS = INSTANCE.add(tech.units.indriya.unit.Units.CELSIUS);
    public static final Unit<Speed> KILOMETRE_PER_HOUR = INSTANCE
            .add(tech.units.indriya.unit.Units.KILOMETRE_PER_HOUR);
    public static final Unit<Length> METRE = INSTANCE.add(tech.units.indriya.unit.Units.METRE);
    public static final Unit<Mass> KILOGRAM = INSTANCE.add(tech.units.indriya.unit.Units.KILOGRAM);
    public static final Unit<Mass> GRAM = INSTANCE.add(tech.units.indriya.unit.Units.GRAM);
    public static final Unit<Area> SQUARE_METRE = INSTANCE.add(tech.units.indriya.unit.Units.SQUARE_METRE);
    public static final Unit<Volume> CUBIC_METRE = INSTANCE.add(tech.units.indriya.unit.Units.CUBIC_METRE);
    public static final Unit<Pressure> PASCAL = INSTANCE.add(tech.units.indriya.unit.Units.PASCAL);

    static {
        SimpleUnitFormat format = SimpleUnitFormat.getInstance();
        format.label(CELSIUS, "°C");
        format.label(KILOMETRE_PER_HOUR, "km/h");
    }

    private SIUnits() {
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
        return MEASUREMENT_SYSTEM_NAME;
    }
}
