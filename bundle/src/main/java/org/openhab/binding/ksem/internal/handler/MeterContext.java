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
package org.openhab.binding.ksem.internal.handler;

import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingUID;

/**
 * What the meter's connection needs from openHAB; implemented by the thing handler.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public interface MeterContext extends ChannelPublisher.Target {

    ThingUID getThingUID();

    ScheduledExecutorService getScheduler();

    /** @param description an {@code @text/} key with arguments, or null */
    void setStatus(ThingStatus status, ThingStatusDetail detail, @Nullable String description);

    void setDeviceProperties(Map<String, String> properties);
}
