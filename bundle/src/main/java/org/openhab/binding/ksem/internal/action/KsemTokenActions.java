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

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ksem.internal.handler.KsemMeterHandler;
import org.openhab.binding.ksem.internal.handler.TokenReport;
import org.openhab.core.automation.annotation.ActionOutput;
import org.openhab.core.automation.annotation.ActionOutputs;
import org.openhab.core.automation.annotation.RuleAction;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingActionsScope;
import org.openhab.core.thing.binding.ThingHandler;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * The Solar App's four token buttons as Thing actions: Create, Check, Recreate, Delete. Each returns the token state
 * ({@code valid}, {@code pending}, {@code rejected}, {@code none}), its expiry (ISO-8601, if any) and a message; never
 * the token itself.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@Component(scope = ServiceScope.PROTOTYPE, service = KsemTokenActions.class)
@ThingActionsScope(name = "ksem")
@NonNullByDefault
public class KsemTokenActions implements ThingActions {

    private @Nullable KsemMeterHandler handler;

    @Override
    public void setThingHandler(ThingHandler thingHandler) {
        if (thingHandler instanceof KsemMeterHandler meter) {
            handler = meter;
        }
    }

    @Override
    public @Nullable ThingHandler getThingHandler() {
        return handler;
    }

    @RuleAction(label = "@text/actions.ksem.token-create.label", description = "@text/actions.ksem.token-create.description")
    public @ActionOutputs({
            @ActionOutput(name = "state", label = "@text/actions.ksem.output.state.label", type = "java.lang.String"),
            @ActionOutput(name = "expiry", label = "@text/actions.ksem.output.expiry.label", type = "java.lang.String"),
            @ActionOutput(name = "message", label = "@text/actions.ksem.output.message.label", type = "java.lang.String") }) Map<String, Object> createToken() {
        return run(KsemMeterHandler::createToken);
    }

    @RuleAction(label = "@text/actions.ksem.token-check.label", description = "@text/actions.ksem.token-check.description")
    public @ActionOutputs({
            @ActionOutput(name = "state", label = "@text/actions.ksem.output.state.label", type = "java.lang.String"),
            @ActionOutput(name = "expiry", label = "@text/actions.ksem.output.expiry.label", type = "java.lang.String"),
            @ActionOutput(name = "message", label = "@text/actions.ksem.output.message.label", type = "java.lang.String") }) Map<String, Object> checkToken() {
        return run(KsemMeterHandler::checkToken);
    }

    @RuleAction(label = "@text/actions.ksem.token-recreate.label", description = "@text/actions.ksem.token-recreate.description")
    public @ActionOutputs({
            @ActionOutput(name = "state", label = "@text/actions.ksem.output.state.label", type = "java.lang.String"),
            @ActionOutput(name = "expiry", label = "@text/actions.ksem.output.expiry.label", type = "java.lang.String"),
            @ActionOutput(name = "message", label = "@text/actions.ksem.output.message.label", type = "java.lang.String") }) Map<String, Object> recreateToken() {
        return run(KsemMeterHandler::recreateToken);
    }

    @RuleAction(label = "@text/actions.ksem.token-delete.label", description = "@text/actions.ksem.token-delete.description")
    public @ActionOutputs({
            @ActionOutput(name = "state", label = "@text/actions.ksem.output.state.label", type = "java.lang.String"),
            @ActionOutput(name = "expiry", label = "@text/actions.ksem.output.expiry.label", type = "java.lang.String"),
            @ActionOutput(name = "message", label = "@text/actions.ksem.output.message.label", type = "java.lang.String") }) Map<String, Object> deleteToken() {
        return run(KsemMeterHandler::deleteToken);
    }

    // static twins for DSL rules: getActions("ksem", "ksem:meter:home").createToken() does not work there

    public static Map<String, Object> createToken(ThingActions actions) {
        return ((KsemTokenActions) actions).createToken();
    }

    public static Map<String, Object> checkToken(ThingActions actions) {
        return ((KsemTokenActions) actions).checkToken();
    }

    public static Map<String, Object> recreateToken(ThingActions actions) {
        return ((KsemTokenActions) actions).recreateToken();
    }

    public static Map<String, Object> deleteToken(ThingActions actions) {
        return ((KsemTokenActions) actions).deleteToken();
    }

    private Map<String, Object> run(Function<KsemMeterHandler, TokenReport> action) {
        KsemMeterHandler current = handler;
        Map<String, Object> result = new HashMap<>();
        if (current == null) {
            result.put("state", "none");
            result.put("expiry", "");
            result.put("message", "The actions are not bound to a KSEM meter.");
            return result;
        }
        TokenReport report = action.apply(current);
        result.put("state", report.state().id());
        var expiry = report.expiry();
        result.put("expiry", expiry == null ? "" : expiry.toString());
        result.put("message", report.message());
        return result;
    }
}
