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
package org.openhab.core.config.discovery.mdns;

import java.util.Set;

import javax.jmdns.ServiceInfo;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * Turns mDNS service announcements of one service type into discovery results (an OSGi service picked up by the
 * mDNS discovery service).
 *
 * @author Tobias Bräutigam - Initial contribution (openHAB)
 */
@NonNullByDefault
public interface MDNSDiscoveryParticipant {

    Set<ThingTypeUID> getSupportedThingTypeUIDs();

    /**
     * @return the mDNS service type, e.g. {@code _http._tcp.local.}
     */
    String getServiceType();

    @Nullable
    DiscoveryResult createResult(ServiceInfo service);

    @Nullable
    ThingUID getThingUID(ServiceInfo service);

    /**
     * @return how long (seconds) a vanished service may stay in the inbox; 0 removes it at once
     */
    default long getRemovalGracePeriodSeconds(ServiceInfo serviceInfo) {
        return 0;
    }
}
