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

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.Command;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.ComponentContext;

/**
 * Tests {@link BaseThingHandlerFactory}.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class BaseThingHandlerFactoryTest {

    private static final ThingTypeUID METER = new ThingTypeUID("ksem:meter");
    static final List<String> EVENTS = new ArrayList<>();

    /** A handler with one service. */
    static class Handler extends BaseThingHandler {
        Handler(Thing thing) {
            super(thing);
        }

        @Override
        public void initialize() {
        }

        @Override
        public void dispose() {
            EVENTS.add("dispose");
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
        }

        @Override
        public Collection<Class<? extends ThingHandlerService>> getServices() {
            return Set.of(Actions.class);
        }
    }

    /** A thing handler service. */
    public static class Actions implements ThingActions {
        private @Nullable ThingHandler handler;

        @Override
        public void setThingHandler(ThingHandler handler) {
            this.handler = handler;
        }

        @Override
        public @Nullable ThingHandler getThingHandler() {
            return handler;
        }

        @Override
        public void initialize() {
            EVENTS.add("service-initialize:" + (handler != null));
        }

        @Override
        public void dispose() {
            EVENTS.add("service-dispose");
        }
    }

    /** The factory under test. */
    static class Factory extends BaseThingHandlerFactory {
        @Override
        public boolean supportsThingType(ThingTypeUID thingTypeUID) {
            return METER.equals(thingTypeUID);
        }

        @Override
        protected @Nullable ThingHandler createHandler(Thing thing) {
            return supportsThingType(thing.getThingTypeUID()) ? new Handler(thing) : null;
        }

        @Override
        protected void removeHandler(ThingHandler thingHandler) {
            EVENTS.add("remove");
        }

        BundleContext context() {
            return getBundleContext();
        }
    }

    @Test
    void lifecycle() {
        EVENTS.clear();
        Factory factory = new Factory();
        assertThrows(IllegalStateException.class, factory::context);
        ComponentContext componentContext = mock(ComponentContext.class);
        BundleContext bundleContext = mock(BundleContext.class);
        when(componentContext.getBundleContext()).thenReturn(bundleContext);
        factory.activate(componentContext);
        assertSame(bundleContext, factory.context());

        Thing thing = mock(Thing.class);
        when(thing.getUID()).thenReturn(new ThingUID("ksem:meter:home"));
        when(thing.getThingTypeUID()).thenReturn(METER);
        ThingHandler handler = factory.registerHandler(thing);
        assertInstanceOf(Handler.class, handler);
        assertEquals(List.of("service-initialize:true"), EVENTS);

        factory.unregisterHandler(thing);
        assertEquals(List.of("service-initialize:true", "dispose", "remove", "service-dispose"), EVENTS);

        Thing other = mock(Thing.class);
        when(other.getUID()).thenReturn(new ThingUID("ksem:other:x"));
        when(other.getThingTypeUID()).thenReturn(new ThingTypeUID("ksem:other"));
        assertThrows(IllegalStateException.class, () -> factory.registerHandler(other));

        Bridge bridge = mock(Bridge.class);
        when(bridge.getUID()).thenReturn(new ThingUID("ksem:meter:bridge"));
        when(bridge.getThingTypeUID()).thenReturn(METER);
        assertThrows(IllegalStateException.class, () -> factory.registerHandler(bridge),
                "a bridge needs a BridgeHandler");

        factory.deactivate(componentContext);
        assertThrows(IllegalStateException.class, factory::context);
    }
}
