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
package org.openhab.binding.ksem.internal.action;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.time.Instant;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.ksem.internal.handler.KsemMeterHandler;
import org.openhab.binding.ksem.internal.handler.TokenReport;
import org.openhab.binding.ksem.internal.handler.TokenState;
import org.openhab.core.automation.annotation.RuleAction;
import org.openhab.core.thing.binding.ThingActionsScope;

/**
 * The token buttons as Thing actions: outputs, the static twins for DSL rules, and the annotations openHAB reads.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class KsemTokenActionsTest {

    private final KsemMeterHandler handler = mock(KsemMeterHandler.class);

    @Test
    void reportsStateExpiryAndMessageButNeverTheToken() {
        KsemTokenActions actions = new KsemTokenActions();
        actions.setThingHandler(handler);
        when(handler.checkToken()).thenReturn(
                new TokenReport(TokenState.VALID, Instant.parse("2027-05-01T10:00:00Z"), "The token is valid."));
        Map<String, Object> result = KsemTokenActions.checkToken(actions);
        assertEquals(Map.of("state", "valid", "expiry", "2027-05-01T10:00:00Z", "message", "The token is valid."),
                result);

        when(handler.deleteToken()).thenReturn(new TokenReport(TokenState.NONE, null, "deleted"));
        assertEquals("", actions.deleteToken().get("expiry"));
        verify(handler, never()).showToken();
    }

    @Test
    void withoutAMeterTheActionsSaySo() {
        KsemTokenActions actions = new KsemTokenActions();
        assertEquals("none", actions.createToken().get("state"));
        assertNull(actions.getThingHandler());
    }

    @Test
    void openhabFindsTheActions() throws NoSuchMethodException {
        assertEquals("ksem", KsemTokenActions.class.getAnnotation(ThingActionsScope.class).name());
        for (String name : new String[] { "createToken", "checkToken", "recreateToken", "deleteToken" }) {
            RuleAction action = KsemTokenActions.class.getMethod(name).getAnnotation(RuleAction.class);
            assertNotNull(action, name);
            assertTrue(action.label().startsWith("@text/actions.ksem."), action.label());
        }
    }
}
