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
package org.openhab.core.thing.binding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Hashtable;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base class of thing handler factories: {@link #registerHandler(Thing)} creates the handler with
 * {@link #createHandler(Thing)} and sets up its {@link ThingHandlerService}s; {@link #unregisterHandler(Thing)}
 * disposes the handler, calls {@link #removeHandler(ThingHandler)} and tears the services down.
 * <p>
 * Things are not created from thing types here ({@link #createThing} returns {@code null}): there is no thing type
 * registry in this implementation.
 *
 * @author Dennis Nobel - Initial contribution (openHAB)
 */
@NonNullByDefault
public abstract class BaseThingHandlerFactory implements ThingHandlerFactory {

    private final Logger logger = LoggerFactory.getLogger(BaseThingHandlerFactory.class);

    protected @NonNullByDefault({}) BundleContext bundleContext;

    private final Map<ThingUID, ThingHandler> handlers = new ConcurrentHashMap<>();
    private final Map<ThingUID, List<ThingHandlerService>> services = new ConcurrentHashMap<>();
    private final Map<ThingHandlerService, ServiceRegistration<?>> registrations = new IdentityHashMap<>();
    private final Map<ThingHandlerService, ServiceObjects<?>> serviceObjects = new IdentityHashMap<>();

    public BaseThingHandlerFactory() {
    }

    /**
     * Called by the OSGi runtime (DS looks up "activate"); subclasses that override it must call super.
     */
    protected void activate(ComponentContext componentContext) {
        this.bundleContext = componentContext.getBundleContext();
    }

    /**
     * Called by the OSGi runtime (DS looks up "deactivate"); subclasses that override it must call super.
     */
    protected void deactivate(ComponentContext componentContext) {
        for (ThingUID thingUID : new ArrayList<>(services.keySet())) {
            unregisterServices(thingUID);
        }
        handlers.clear();
        this.bundleContext = null;
    }

    /**
     * @return the bundle context
     * @throws IllegalStateException if the factory is not active
     */
    protected BundleContext getBundleContext() {
        final BundleContext bundleContext = this.bundleContext;
        if (bundleContext != null) {
            return bundleContext;
        }
        throw new IllegalStateException(
                "The bundle context is missing (it seems your thing handler factory is used but not active).");
    }

    @Override
    public ThingHandler registerHandler(Thing thing) {
        ThingHandler thingHandler = createHandler(thing);
        if (thingHandler == null) {
            throw new IllegalStateException(getClass().getSimpleName()
                    + " could not create a handler for the thing '" + thing.getUID() + "'.");
        }
        if ((thing instanceof Bridge) && !(thingHandler instanceof BridgeHandler)) {
            throw new IllegalStateException(
                    "Created handler of bridge '" + thing.getUID() + "' must implement the BridgeHandler interface.");
        }
        handlers.put(thing.getUID(), thingHandler);
        registerServices(thing, thingHandler);
        return thingHandler;
    }

    /**
     * Creates the handler of a thing.
     *
     * @return the handler or {@code null} if the thing type is not supported
     */
    protected abstract @Nullable ThingHandler createHandler(Thing thing);

    @Override
    public void unregisterHandler(Thing thing) {
        ThingHandler registered = handlers.remove(thing.getUID());
        ThingHandler thingHandler = thing.getHandler();
        if (thingHandler == null) {
            thingHandler = registered;
        }
        if (thingHandler != null) {
            try {
                thingHandler.dispose();
            } finally {
                removeHandler(thingHandler);
            }
        }
        unregisterServices(thing.getUID());
    }

    /**
     * Called when the handler of a thing was disposed and is removed; can be overridden to release resources.
     */
    protected void removeHandler(ThingHandler thingHandler) {
        // can be overridden by subclasses
    }

    @Override
    public void removeThing(ThingUID thingUID) {
        // can be overridden by subclasses
    }

    /**
     * Would create a thing from its thing type; this implementation has no thing type registry and returns
     * {@code null}.
     */
    protected @Nullable Thing createThing(ThingTypeUID thingTypeUID, Configuration configuration,
            ThingUID thingUID) {
        return null;
    }

    @Override
    public @Nullable Thing createThing(ThingTypeUID thingTypeUID, Configuration configuration,
            @Nullable ThingUID thingUID, @Nullable ThingUID bridgeUID) {
        if (thingUID == null) {
            return null;
        }
        return createThing(thingTypeUID, configuration, thingUID);
    }

    private void registerServices(Thing thing, ThingHandler thingHandler) {
        Collection<Class<? extends ThingHandlerService>> serviceClasses = thingHandler.getServices();
        if (serviceClasses.isEmpty()) {
            return;
        }
        List<ThingHandlerService> created = services.computeIfAbsent(thing.getUID(), uid -> new ArrayList<>());
        for (Class<? extends ThingHandlerService> serviceClass : serviceClasses) {
            try {
                ThingHandlerService service = newService(serviceClass);
                service.setThingHandler(thingHandler);
                service.initialize();
                synchronized (created) {
                    created.add(service);
                }
                BundleContext context = this.bundleContext;
                if (context != null) {
                    String[] names = serviceNames(serviceClass);
                    ServiceRegistration<?> registration = context.registerService(names, service,
                            new Hashtable<>(Map.of("thingUID", thing.getUID().getAsString())));
                    synchronized (registrations) {
                        registrations.put(service, registration);
                    }
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                logger.error("Could not create service {} for thing {}: {}", serviceClass.getName(), thing.getUID(),
                        e.getMessage(), e);
            }
        }
    }

    private ThingHandlerService newService(Class<? extends ThingHandlerService> serviceClass)
            throws ReflectiveOperationException {
        BundleContext context = this.bundleContext;
        if (context != null) {
            ServiceReference<?> reference = context.getServiceReference(serviceClass.getName());
            if (reference != null) {
                ServiceObjects<?> objects = context.getServiceObjects(reference);
                Object instance = objects != null ? objects.getService() : null;
                if (serviceClass.isInstance(instance)) {
                    ThingHandlerService service = serviceClass.cast(instance);
                    synchronized (serviceObjects) {
                        serviceObjects.put(service, objects);
                    }
                    return service;
                }
            }
        }
        return serviceClass.getConstructor().newInstance();
    }

    private static String[] serviceNames(Class<?> serviceClass) {
        Set<String> names = new LinkedHashSet<>();
        for (Class<?> c = serviceClass; c != null && c != Object.class; c = c.getSuperclass()) {
            collectInterfaces(c, names);
        }
        names.add(serviceClass.getName());
        return names.toArray(new String[0]);
    }

    private static void collectInterfaces(Class<?> type, Set<String> names) {
        for (Class<?> i : type.getInterfaces()) {
            names.add(i.getName());
            collectInterfaces(i, names);
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private void unregisterServices(ThingUID thingUID) {
        List<ThingHandlerService> created = services.remove(thingUID);
        if (created == null) {
            return;
        }
        List<ThingHandlerService> copy;
        synchronized (created) {
            copy = new ArrayList<>(created);
        }
        for (ThingHandlerService service : copy) {
            ServiceRegistration<?> registration;
            synchronized (registrations) {
                registration = registrations.remove(service);
            }
            if (registration != null) {
                try {
                    registration.unregister();
                } catch (IllegalStateException e) {
                    // already unregistered
                }
            }
            try {
                service.dispose();
            } catch (RuntimeException e) {
                logger.warn("Disposing service {} of thing {} failed: {}", service.getClass().getName(), thingUID,
                        e.getMessage(), e);
            }
            ServiceObjects objects;
            synchronized (serviceObjects) {
                objects = serviceObjects.remove(service);
            }
            if (objects != null) {
                try {
                    objects.ungetService(service);
                } catch (IllegalStateException | IllegalArgumentException e) {
                    // the providing bundle is gone
                }
            }
        }
    }
}
