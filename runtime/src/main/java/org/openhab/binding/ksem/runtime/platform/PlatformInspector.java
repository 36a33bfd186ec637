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
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.openhab.binding.ksem.runtime.api.ComponentState;
import org.openhab.binding.ksem.runtime.api.RuntimeInspector;
import org.openhab.core.io.console.extensions.ConsoleCommandExtension;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * The {@link RuntimeInspector} service: component states from SCR, the services bound to handlers, and the add-ons'
 * console commands.
 *
 * @author KSEM binding contributors
 */
final class PlatformInspector implements RuntimeInspector {

    private final BundleContext context;
    private final ThingManager things;

    PlatformInspector(BundleContext context, ThingManager things) {
        this.context = context;
        this.things = things;
    }

    @Override
    public List<ComponentState> components(String bundleSymbolicName) {
        Bundle bundle = Arrays.stream(context.getBundles())
                .filter(b -> bundleSymbolicName.equals(b.getSymbolicName())).findFirst().orElse(null);
        ServiceReference<ServiceComponentRuntime> reference = context
                .getServiceReference(ServiceComponentRuntime.class);
        if (bundle == null || reference == null) {
            return List.of();
        }
        ServiceComponentRuntime scr = context.getService(reference);
        try {
            List<ComponentState> states = new ArrayList<>();
            for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundle)) {
                Collection<ComponentConfigurationDTO> configurations = scr
                        .getComponentConfigurationDTOs(description);
                if (configurations.isEmpty()) {
                    String state = scr.isComponentEnabled(description) ? "NO_CONFIGURATION" : "DISABLED";
                    states.add(new ComponentState(description.name, state, List.of(), null));
                }
                for (ComponentConfigurationDTO configuration : configurations) {
                    states.add(new ComponentState(description.name, stateName(configuration.state),
                            unsatisfied(configuration.unsatisfiedReferences), configuration.failure));
                }
            }
            return states;
        } finally {
            context.ungetService(reference);
        }
    }

    @Override
    public List<String> handlerServices(String thingUID) {
        return things.handlerServices(thingUID);
    }

    @Override
    public String console(String command, String... arguments) {
        Collection<ServiceReference<ConsoleCommandExtension>> references;
        try {
            references = context.getServiceReferences(ConsoleCommandExtension.class, null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (ServiceReference<ConsoleCommandExtension> reference : references) {
            ConsoleCommandExtension extension = context.getService(reference);
            try {
                if (extension != null && command.equals(extension.getCommand())) {
                    CapturingConsole console = new CapturingConsole();
                    extension.execute(arguments, console);
                    return console.output();
                }
            } finally {
                context.ungetService(reference);
            }
        }
        throw new IllegalArgumentException("No add-on offers the console command '" + command + "'");
    }

    private static List<String> unsatisfied(UnsatisfiedReferenceDTO[] references) {
        if (references == null) {
            return List.of();
        }
        return Arrays.stream(references).map(r -> r.name + (r.target == null ? "" : " " + r.target)).toList();
    }

    private static String stateName(int state) {
        return switch (state) {
            case ComponentConfigurationDTO.ACTIVE -> "ACTIVE";
            case ComponentConfigurationDTO.SATISFIED -> "SATISFIED";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "UNSATISFIED_REFERENCE";
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "UNSATISFIED_CONFIGURATION";
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "FAILED_ACTIVATION";
            default -> "UNKNOWN(" + state + ")";
        };
    }
}
