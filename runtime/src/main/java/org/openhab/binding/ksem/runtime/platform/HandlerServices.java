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

import java.util.ArrayList;
import java.util.List;

import org.openhab.core.thing.Thing;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ThingHandlerService}s of one handler (Thing actions, discovery services), bound the way openHAB binds
 * them: a PROTOTYPE-scope instance of each class from the OSGi service registry, given the handler and initialized.
 * openHAB's {@code BaseThingHandlerFactory} does this itself and registers the result with the property
 * {@code thingUID}; those are only checked here. For factories that do not, this class creates and releases them.
 *
 * @author KSEM binding contributors
 */
final class HandlerServices {

    private static final Logger LOGGER = LoggerFactory.getLogger(HandlerServices.class);

    /**
     * A bound service; {@code created} when this class made it (and must dispose it), {@code objects} when it came
     * from the service registry (and must be returned there).
     */
    private record Bound(String className, ThingHandlerService service, boolean created,
            ServiceObjects<Object> objects) {
    }

    private final List<Bound> bound;

    private HandlerServices(List<Bound> bound) {
        this.bound = bound;
    }

    static HandlerServices bind(BundleContext context, Thing thing, ThingHandler handler) {
        List<Bound> bound = new ArrayList<>();
        for (Class<? extends ThingHandlerService> type : handler.getServices()) {
            try {
                Bound service = registeredByFactory(context, type, thing, handler);
                bound.add(service != null ? service : create(context, type, handler));
            } catch (InvalidSyntaxException | ReflectiveOperationException | RuntimeException e) {
                LOGGER.warn("Could not bind service {} to Thing {}: {}", type.getName(), thing.getUID(), e.toString());
            }
        }
        return new HandlerServices(bound);
    }

    List<String> classNames() {
        return bound.stream().map(Bound::className).toList();
    }

    /** Disposes and returns the instances this class created. */
    void release() {
        for (Bound service : bound) {
            if (!service.created()) {
                continue;
            }
            try {
                service.service().dispose();
                if (service.objects() != null) {
                    service.objects().ungetService(service.service());
                }
            } catch (RuntimeException e) {
                LOGGER.debug("Releasing {} failed: {}", service.className(), e.toString());
            }
        }
        bound.clear();
    }

    /** The instance openHAB's BaseThingHandlerFactory registered for this Thing, if it is bound to the handler. */
    private static Bound registeredByFactory(BundleContext context, Class<? extends ThingHandlerService> type,
            Thing thing, ThingHandler handler) throws InvalidSyntaxException {
        String filter = "(thingUID=" + thing.getUID().getAsString() + ")";
        ServiceReference<?>[] references = context.getServiceReferences(type.getName(), filter);
        if (references == null) {
            return null;
        }
        for (ServiceReference<?> reference : references) {
            Object service = context.getService(reference);
            try {
                if (type.isInstance(service) && type.cast(service).getThingHandler() == handler) {
                    return new Bound(type.getName(), type.cast(service), false, null);
                }
            } finally {
                context.ungetService(reference);
            }
        }
        return null;
    }

    /** A new instance: from the service registry (PROTOTYPE scope: one per handler), else by its constructor. */
    @SuppressWarnings("unchecked")
    private static Bound create(BundleContext context, Class<? extends ThingHandlerService> type,
            ThingHandler handler) throws ReflectiveOperationException {
        ServiceReference<?> reference = context.getServiceReference(type.getName());
        ServiceObjects<Object> objects = reference == null ? null
                : (ServiceObjects<Object>) context.getServiceObjects(reference);
        Object instance = objects == null ? null : objects.getService();
        ThingHandlerService service;
        if (type.isInstance(instance)) {
            service = type.cast(instance);
        } else {
            if (instance != null) {
                objects.ungetService(instance);
            }
            objects = null;
            service = type.getConstructor().newInstance();
        }
        service.setThingHandler(handler);
        service.initialize();
        return new Bound(type.getName(), service, true, objects);
    }
}
