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

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.openhab.binding.ksem.runtime.api.ThingStatusEvent;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BridgeHandler;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openHAB's thing manager, reduced to what an add-on needs: when a {@link ThingHandlerFactory} service supports the
 * type of a Thing, it registers a handler, binds the handler's services, sets the callback and initializes it; when
 * the factory goes away (add-on stopped), it disposes the handlers again. Bridges come before their Things, and go
 * after them.
 *
 * @author KSEM binding contributors
 */
final class ThingManager {

    /** A Thing with a handler. */
    private record Managed(ThingUID uid, ThingHandlerFactory factory, ThingHandler handler,
            HandlerServices services) {
    }

    private final Logger logger = LoggerFactory.getLogger(ThingManager.class);
    private final BundleContext context;
    private final JsonThingRegistry registry;
    private final EventPublisher events;
    private final StatusTexts statusTexts;
    private final ServiceTracker<ThingHandlerFactory, ThingHandlerFactory> factories;
    private final Map<ThingUID, Managed> managed = new ConcurrentHashMap<>();
    /** The factories that may get Things: added before their attach job runs, removed before they detach. */
    private final Set<ThingHandlerFactory> live = ConcurrentHashMap.newKeySet();
    /** Handlers are created and initialized here, never on the thread of the service event. */
    private final ExecutorService initializer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ksem-runtime-things");
        thread.setDaemon(true);
        return thread;
    });

    ThingManager(BundleContext context, JsonThingRegistry registry, EventPublisher events, StatusTexts statusTexts) {
        this.context = context;
        this.registry = registry;
        this.events = events;
        this.statusTexts = statusTexts;
        this.factories = new ServiceTracker<>(context, ThingHandlerFactory.class, new FactoryTracker());
    }

    void open() {
        factories.open();
    }

    /** Disposes every handler (through the tracker) and stops the initializer. */
    void close() {
        factories.close();
        initializer.shutdownNow();
        try {
            initializer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The class names of the services bound to a Thing's handler. */
    List<String> handlerServices(String thingUID) {
        Managed thing = managed.get(new ThingUID(thingUID));
        return thing == null ? List.of() : thing.services().classNames();
    }

    /** A handler changed its status: store it, publish it, and tell the Things of a bridge. */
    void statusUpdated(Thing thing, ThingStatusInfo status) {
        Managed owner = managed.get(thing.getUID());
        setStatus(thing, status, owner == null ? null : owner.handler());
        if (thing instanceof Bridge) {
            for (Managed child : List.copyOf(managed.values())) {
                Thing childThing = registry.get(child.uid());
                if (childThing != null && thing.getUID().equals(childThing.getBridgeUID())) {
                    safely(() -> child.handler().bridgeStatusChanged(status), "bridgeStatusChanged", child.uid());
                }
            }
        }
    }

    private synchronized void attachAll() {
        List<ThingHandlerFactory> available = List.copyOf(live);
        boolean progress = true;
        while (progress) { // a Thing can start once its bridge has a handler
            progress = false;
            for (Thing thing : bridgesFirst(registry.getAll())) {
                if (!managed.containsKey(thing.getUID()) && bridgeReady(thing)) {
                    ThingHandlerFactory factory = available.stream()
                            .filter(f -> f.supportsThingType(thing.getThingTypeUID())).findFirst().orElse(null);
                    if (factory != null) {
                        progress |= attach(thing, factory);
                    }
                }
            }
        }
    }

    private boolean attach(Thing thing, ThingHandlerFactory factory) {
        setStatus(thing, new ThingStatusInfo(ThingStatus.INITIALIZING, ThingStatusDetail.NONE, null), null);
        ThingHandler handler;
        try {
            handler = factory.registerHandler(thing);
        } catch (RuntimeException e) {
            logger.warn("The factory could not create a handler for {}: {}", thing.getUID(), e.toString());
            setStatus(thing, new ThingStatusInfo(ThingStatus.UNINITIALIZED,
                    ThingStatusDetail.HANDLER_REGISTERING_ERROR, e.getMessage()), null);
            return false;
        }
        thing.setHandler(handler);
        handler.setCallback(new HandlerCallback(this, registry, events));
        HandlerServices services = HandlerServices.bind(context, thing, handler);
        managed.put(thing.getUID(), new Managed(thing.getUID(), factory, handler, services));
        try {
            handler.initialize();
        } catch (RuntimeException e) {
            logger.warn("Initializing the handler of {} failed: {}", thing.getUID(), e.toString());
            setStatus(thing, new ThingStatusInfo(ThingStatus.UNINITIALIZED,
                    ThingStatusDetail.HANDLER_INITIALIZING_ERROR, e.getMessage()), handler);
            return true;
        }
        BridgeHandler bridge = bridgeHandler(thing);
        if (bridge != null) {
            safely(() -> bridge.childHandlerInitialized(handler, thing), "childHandlerInitialized", thing.getUID());
        }
        return true;
    }

    private synchronized void detachAll(ThingHandlerFactory factory) {
        live.remove(factory);
        List<Managed> gone = new ArrayList<>(managed.values().stream().filter(m -> m.factory() == factory).toList());
        // Things before their bridges
        gone.sort(Comparator.comparing((Managed m) -> registry.get(m.uid()) instanceof Bridge));
        gone.forEach(this::detach);
    }

    private void detach(Managed thing) {
        Thing current = registry.get(thing.uid());
        managed.remove(thing.uid());
        if (current == null) {
            return;
        }
        BridgeHandler bridge = bridgeHandler(current);
        if (bridge != null) {
            safely(() -> bridge.childHandlerDisposed(thing.handler(), current), "childHandlerDisposed", thing.uid());
        }
        safely(() -> thing.factory().unregisterHandler(current), "unregisterHandler", thing.uid());
        thing.services().release();
        current.setHandler(null);
        setStatus(current, new ThingStatusInfo(ThingStatus.UNINITIALIZED, ThingStatusDetail.HANDLER_MISSING_ERROR,
                null), null);
        thing.handler().setCallback(null);
    }

    private void setStatus(Thing thing, ThingStatusInfo status, ThingHandler handler) {
        // per Thing: the order of its events is the order of its changes
        synchronized (thing) {
            ThingStatusInfo previous = thing.getStatusInfo();
            thing.setStatusInfo(status);
            if (previous.equals(status)) {
                return;
            }
            StatusTexts.Translated description = statusTexts.translate(
                    handler == null ? null : FrameworkUtil.getBundle(handler.getClass()), status.getDescription());
            events.publish(new ThingStatusEvent(thing.getUID().getAsString(), status.getStatus().name(),
                    status.getStatusDetail().name(), description.text(), description.key(), statusText(previous),
                    Instant.now()));
        }
    }

    private boolean bridgeReady(Thing thing) {
        ThingUID bridgeUID = thing.getBridgeUID();
        return bridgeUID == null || managed.containsKey(bridgeUID);
    }

    private BridgeHandler bridgeHandler(Thing thing) {
        ThingUID bridgeUID = thing.getBridgeUID();
        Managed bridge = bridgeUID == null ? null : managed.get(bridgeUID);
        return bridge != null && bridge.handler() instanceof BridgeHandler handler ? handler : null;
    }

    private void safely(Runnable call, String what, ThingUID thing) {
        try {
            call.run();
        } catch (RuntimeException e) {
            logger.warn("{} of {} failed: {}", what, thing, e.toString());
        }
    }

    private static List<Thing> bridgesFirst(Collection<Thing> things) {
        List<Thing> sorted = new ArrayList<>(things);
        sorted.sort(Comparator.comparing((Thing t) -> t.getBridgeUID() != null));
        return sorted;
    }

    private static String statusText(ThingStatusInfo status) {
        return status.getStatusDetail() == ThingStatusDetail.NONE ? status.getStatus().name()
                : status.getStatus() + " (" + status.getStatusDetail() + ")";
    }

    /** Starts Things when a factory arrives, stops them (synchronously) before it leaves. */
    private final class FactoryTracker implements ServiceTrackerCustomizer<ThingHandlerFactory, ThingHandlerFactory> {

        @Override
        public ThingHandlerFactory addingService(ServiceReference<ThingHandlerFactory> reference) {
            ThingHandlerFactory factory = context.getService(reference);
            if (factory != null) {
                live.add(factory);
                initializer.execute(ThingManager.this::attachAll);
            }
            return factory;
        }

        @Override
        public void modifiedService(ServiceReference<ThingHandlerFactory> reference, ThingHandlerFactory factory) {
            // nothing depends on its properties
        }

        @Override
        public void removedService(ServiceReference<ThingHandlerFactory> reference, ThingHandlerFactory factory) {
            detachAll(factory);
            context.ungetService(reference);
        }
    }
}
