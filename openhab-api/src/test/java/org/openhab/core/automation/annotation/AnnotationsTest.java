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
package org.openhab.core.automation.annotation;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.automation.Visibility;
import org.openhab.core.thing.binding.ThingActionsScope;

/**
 * Tests that the action annotations are visible at runtime.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class AnnotationsTest {

    /** An actions class as a binding writes it. */
    @ThingActionsScope(name = "ksem")
    static class Actions {
        @RuleAction(label = "@text/actions.check.label")
        @ActionOutput(name = "state", type = "java.lang.String")
        @ActionOutput(name = "expiry", type = "java.time.Instant")
        public String check(@ActionInput(name = "force") boolean force) {
            return "valid";
        }
    }

    @Test
    void annotationsAreRuntimeVisible() throws Exception {
        assertEquals("ksem", Actions.class.getAnnotation(ThingActionsScope.class).name());
        Method method = Actions.class.getMethod("check", boolean.class);
        RuleAction action = method.getAnnotation(RuleAction.class);
        assertEquals("@text/actions.check.label", action.label());
        assertEquals("", action.description());
        assertEquals(Visibility.VISIBLE, action.visibility());
        ActionOutput[] outputs = method.getAnnotationsByType(ActionOutput.class);
        assertEquals(2, outputs.length);
        assertEquals("state", outputs[0].name());
        Parameter parameter = method.getParameters()[0];
        assertEquals("force", parameter.getAnnotation(ActionInput.class).name());
    }
}
