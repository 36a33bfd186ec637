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

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ksem.internal.handler.KsemMeterHandler;
import org.openhab.binding.ksem.internal.handler.TokenReport;
import org.openhab.binding.ksem.internal.handler.TokenState;
import org.openhab.core.io.console.Console;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingRegistry;
import org.openhab.core.thing.ThingUID;

/**
 * {@code openhab:ksem <thingUID> token ...}: dispatch, output and errors.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class KsemCommandExtensionTest {

    private final ThingRegistry registry = mock(ThingRegistry.class);
    private final KsemMeterHandler handler = mock(KsemMeterHandler.class);
    private final Console console = mock(Console.class);
    private final List<String> printed = new ArrayList<>();
    private final KsemCommandExtension command = new KsemCommandExtension(registry);

    @BeforeEach
    void setUp() {
        Thing thing = mock(Thing.class);
        when(thing.getHandler()).thenReturn(handler);
        when(registry.get(new ThingUID("ksem:meter:home"))).thenReturn(thing);
        doAnswer(i -> printed.add(i.getArgument(0))).when(console).println(anyString());
    }

    @Test
    void checkPrintsStateExpiryAndMessage() {
        when(handler.checkToken()).thenReturn(
                new TokenReport(TokenState.VALID, Instant.parse("2027-01-01T00:00:00Z"), "The token is valid."));
        command.execute(new String[] { "ksem:meter:home", "token", "check" }, console);
        assertEquals(List.of("Token state: valid, expires 2027-01-01T00:00:00Z", "The token is valid."), printed);
    }

    @Test
    void eachButtonReachesItsHandlerMethod() {
        TokenReport report = new TokenReport(TokenState.PENDING, null, "requested");
        when(handler.createToken()).thenReturn(report);
        when(handler.recreateToken()).thenReturn(report);
        when(handler.deleteToken()).thenReturn(new TokenReport(TokenState.NONE, null, "deleted"));
        command.execute(new String[] { "ksem:meter:home", "token", "create" }, console);
        command.execute(new String[] { "ksem:meter:home", "token", "recreate" }, console);
        command.execute(new String[] { "ksem:meter:home", "token", "delete" }, console);
        verify(handler).createToken();
        verify(handler).recreateToken();
        verify(handler).deleteToken();
        assertTrue(printed.contains("Token state: none"), printed::toString);
    }

    @Test
    void showPrintsTheTokenForThingsFiles() {
        when(handler.showToken()).thenReturn("eyJ.token.sig");
        command.execute(new String[] { "ksem:meter:home", "token", "show" }, console);
        assertEquals(List.of("eyJ.token.sig"), printed);

        printed.clear();
        when(handler.showToken()).thenReturn(null);
        command.execute(new String[] { "ksem:meter:home", "token", "show" }, console);
        assertEquals(List.of("No access token is in use."), printed);
    }

    @Test
    void unknownThingsAndBadArgumentsAreExplained() {
        command.execute(new String[] { "ksem:meter:other", "token", "check" }, console);
        command.execute(new String[] { "not a uid", "token", "check" }, console);
        assertEquals(2, printed.size());
        assertTrue(printed.get(0).contains("ksem:meter:other"));

        command.execute(new String[] { "ksem:meter:home", "token", "steal" }, console);
        command.execute(new String[0], console);
        verify(console, times(2)).printUsage(anyString());
        verifyNoInteractions(handler);
    }
}
