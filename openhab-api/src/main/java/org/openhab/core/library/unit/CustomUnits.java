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

import javax.measure.Quantity;
import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;

import tech.units.indriya.AbstractSystemOfUnits;
import tech.units.indriya.AbstractUnit;

/**
 * Base of openHAB's systems of units; keeps the units it defines.
 *
 * @author Henning Treu - Initial contribution (openHAB)
 */
@NonNullByDefault
class CustomUnits extends AbstractSystemOfUnits {

    @Override
    public String getName() {
        return getClass().getSimpleName();
    }

    final <U extends Unit<?>> U add(U unit) {
        units.add(unit);
        return unit;
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    final <Q extends Quantity<Q>> Unit<Q> add(Unit<?> unit, Class<Q> type) {
        units.add(unit);
        Unit<Q> typed = (Unit<Q>) unit;
        if (unit instanceof AbstractUnit<?>) {
            quantityToUnit.put((Class) type, typed);
        }
        return typed;
    }
}
