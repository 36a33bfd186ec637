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
package org.openhab.core.thing;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.registry.Registry;

/**
 * The registry of all things.
 *
 * @author Oliver Libutzki - Initial contribution (openHAB)
 */
@NonNullByDefault
public interface ThingRegistry extends Registry<Thing, ThingUID> {

    @Override
    @Nullable
    Thing get(ThingUID uid);

    /**
     * @return the channel or {@code null} if the thing or channel does not exist
     */
    @Nullable
    Channel getChannel(ChannelUID channelUID);
}
