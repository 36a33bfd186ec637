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
package org.openhab.binding.ksem.internal.console;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ksem.internal.KsemBindingConstants;
import org.openhab.binding.ksem.internal.handler.KsemMeterHandler;
import org.openhab.binding.ksem.internal.handler.TokenReport;
import org.openhab.core.io.console.Console;
import org.openhab.core.io.console.extensions.AbstractConsoleCommandExtension;
import org.openhab.core.io.console.extensions.ConsoleCommandExtension;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingRegistry;
import org.openhab.core.thing.ThingUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code openhab:ksem <thingUID> token create|check|recreate|delete|show}: the token buttons for the console, and
 * {@code show} to copy a token into a {@code .things} file.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@Component(service = ConsoleCommandExtension.class)
@NonNullByDefault
public class KsemCommandExtension extends AbstractConsoleCommandExtension {

    private static final String TOKEN = "token";
    private static final List<String> TOKEN_COMMANDS = List.of("create", "check", "recreate", "delete", "show");

    private final ThingRegistry thingRegistry;

    @Activate
    public KsemCommandExtension(@Reference ThingRegistry thingRegistry) {
        super(KsemBindingConstants.BINDING_ID, "Manage the access tokens of KOSTAL Smart Energy Meters.");
        this.thingRegistry = thingRegistry;
    }

    @Override
    public void execute(String[] args, Console console) {
        if (args.length != 3 || !TOKEN.equals(args[1]) || !TOKEN_COMMANDS.contains(args[2])) {
            printUsage(console);
            return;
        }
        KsemMeterHandler handler = meter(args[0]);
        if (handler == null) {
            console.println("No KSEM meter Thing with UID '" + args[0] + "' is running.");
            return;
        }
        if ("show".equals(args[2])) {
            String token = handler.showToken();
            console.println(token == null ? "No access token is in use." : token);
            return;
        }
        TokenReport report = switch (args[2]) {
            case "create" -> handler.createToken();
            case "check" -> handler.checkToken();
            case "recreate" -> handler.recreateToken();
            default -> handler.deleteToken();
        };
        var expiry = report.expiry();
        console.println("Token state: " + report.state().id() + (expiry == null ? "" : ", expires " + expiry));
        console.println(report.message());
    }

    private @Nullable KsemMeterHandler meter(String uid) {
        Thing thing;
        try {
            thing = thingRegistry.get(new ThingUID(uid));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return thing != null && thing.getHandler()instanceof KsemMeterHandler handler ? handler : null;
    }

    @Override
    public List<String> getUsages() {
        return List.of(buildCommandUsage("<thingUID> " + TOKEN + " create|check|recreate|delete|show",
                "request, check, replace or delete the access token of a meter, or print it for a .things file"));
    }
}
