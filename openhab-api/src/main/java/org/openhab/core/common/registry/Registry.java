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
package org.openhab.core.common.registry;

import java.util.Collection;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A registry of {@link Identifiable} elements (read-only subset).
 *
 * @param <E> type of the elements
 * @param <K> type of the element keys
 * @author Dennis Nobel - Initial contribution (openHAB)
 */
@NonNullByDefault
public interface Registry<E extends Identifiable<K>, K> {

    /**
     * @return an immutable collection of all elements
     */
    Collection<E> getAll();

    /**
     * @return a stream of all elements
     */
    Stream<E> stream();

    /**
     * @param key the key of the element
     * @return the element or {@code null}
     */
    @Nullable
    E get(K key);
}
