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
package org.openhab.binding.ksem.runtime.platform;

import org.openhab.binding.ksem.runtime.api.ChannelStateEvent;
import org.openhab.binding.ksem.runtime.api.ThingConfigurationEvent;
import org.openhab.binding.ksem.runtime.api.ThingEvent;
import org.openhab.binding.ksem.runtime.api.ThingEventListener;
import org.openhab.binding.ksem.runtime.api.ThingStatusEvent;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runtime's event bus: logs every event under the logger names of openHAB's event log
 * ({@code openhab.event.ThingStatusInfoChangedEvent}, ...) and hands it to every {@link ThingEventListener} service.
 *
 * @author KSEM binding contributors
 */
final class EventPublisher {

    private static final Logger STATUS_LOG = LoggerFactory.getLogger("openhab.event.ThingStatusInfoChangedEvent");
    private static final Logger STATE_LOG = LoggerFactory.getLogger("openhab.event.ChannelStateUpdatedEvent");
    private static final Logger THING_LOG = LoggerFactory.getLogger("openhab.event.ThingUpdatedEvent");

    private final Logger logger = LoggerFactory.getLogger(EventPublisher.class);
    private final ServiceTracker<ThingEventListener, ThingEventListener> listeners;

    EventPublisher(BundleContext context) {
        this.listeners = new ServiceTracker<>(context, ThingEventListener.class, null);
    }

    void open() {
        listeners.open();
    }

    void close() {
        listeners.close();
    }

    void publish(ThingEvent event) {
        log(event);
        for (ThingEventListener listener : listeners.getServices(new ThingEventListener[0])) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                // one broken listener must not keep the others, or the handler, from going on
                logger.warn("Event listener {} failed on {}: {}", listener, event, e.toString());
            }
        }
    }

    private static void log(ThingEvent event) {
        if (event instanceof ThingStatusEvent) {
            STATUS_LOG.info("{}", event.logLine());
        } else if (event instanceof ChannelStateEvent) {
            STATE_LOG.info("{}", event.logLine());
        } else if (event instanceof ThingConfigurationEvent) {
            THING_LOG.info("{}", event.logLine());
        }
    }
}
