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
import org.openhab.binding.ksem.internal.handler.KsemWallboxHandler;
import org.openhab.binding.ksem.internal.handler.KsemWallboxHandler.PlanResult;
import org.openhab.core.automation.annotation.ActionInput;
import org.openhab.core.automation.annotation.ActionOutput;
import org.openhab.core.automation.annotation.ActionOutputs;
import org.openhab.core.automation.annotation.RuleAction;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingActionsScope;
import org.openhab.core.thing.binding.ThingHandler;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * The KSEM's weekly time-based charging plan (api §4, §7.14) as Thing actions of a wallbox: set, get and clear. A plan
 * is text: switching points separated by commas, each {@code <weekday> <HH:00> <mode>}, e.g.
 * {@code "MON 08:00 pv, MON 18:00 off"} (weekdays MON … SUN, modes off, grid, pv, hybrid, whole hours only). Each
 * action returns {@code plan} (the plan as the KSEM confirmed it, same format, empty if none or on failure) and
 * {@code message} ({@code "Done."} or what went wrong).
 *
 * @author KSEM binding contributors - Initial contribution
 */
@Component(scope = ServiceScope.PROTOTYPE, service = KsemWallboxActions.class)
@ThingActionsScope(name = "ksem")
@NonNullByDefault
public class KsemWallboxActions implements ThingActions {

    private @Nullable KsemWallboxHandler handler;

    @Override
    public void setThingHandler(ThingHandler thingHandler) {
        if (thingHandler instanceof KsemWallboxHandler wallbox) {
            handler = wallbox;
        }
    }

    @Override
    public @Nullable ThingHandler getThingHandler() {
        return handler;
    }

    @RuleAction(label = "@text/actions.ksem.charging-plan-set.label", description = "@text/actions.ksem.charging-plan-set.description")
    public @ActionOutputs({
            @ActionOutput(name = "plan", label = "@text/actions.ksem.output.plan.label", type = "java.lang.String"),
            @ActionOutput(name = "message", label = "@text/actions.ksem.output.message.label", type = "java.lang.String") }) Map<String, Object> setChargingPlan(
                    @ActionInput(name = "plan", label = "@text/actions.ksem.input.plan.label", description = "@text/actions.ksem.input.plan.description") @Nullable String plan) {
        return run(wallbox -> wallbox.setChargingPlan(plan));
    }

    @RuleAction(label = "@text/actions.ksem.charging-plan-get.label", description = "@text/actions.ksem.charging-plan-get.description")
    public @ActionOutputs({
            @ActionOutput(name = "plan", label = "@text/actions.ksem.output.plan.label", type = "java.lang.String"),
            @ActionOutput(name = "message", label = "@text/actions.ksem.output.message.label", type = "java.lang.String") }) Map<String, Object> getChargingPlan() {
        return run(KsemWallboxHandler::getChargingPlan);
    }

    @RuleAction(label = "@text/actions.ksem.charging-plan-clear.label", description = "@text/actions.ksem.charging-plan-clear.description")
    public @ActionOutputs({
            @ActionOutput(name = "plan", label = "@text/actions.ksem.output.plan.label", type = "java.lang.String"),
            @ActionOutput(name = "message", label = "@text/actions.ksem.output.message.label", type = "java.lang.String") }) Map<String, Object> clearChargingPlan() {
        return run(KsemWallboxHandler::clearChargingPlan);
    }

    // static twins for DSL rules: getActions("ksem", "ksem:wallbox:home:…").setChargingPlan(…)

    public static Map<String, Object> setChargingPlan(ThingActions actions, @Nullable String plan) {
        return ((KsemWallboxActions) actions).setChargingPlan(plan);
    }

    public static Map<String, Object> getChargingPlan(ThingActions actions) {
        return ((KsemWallboxActions) actions).getChargingPlan();
    }

    public static Map<String, Object> clearChargingPlan(ThingActions actions) {
        return ((KsemWallboxActions) actions).clearChargingPlan();
    }

    private Map<String, Object> run(Function<KsemWallboxHandler, PlanResult> action) {
        KsemWallboxHandler current = handler;
        PlanResult result = current == null ? new PlanResult("", "The actions are not bound to a KSEM wallbox.")
                : action.apply(current);
        Map<String, Object> map = new HashMap<>();
        map.put("plan", result.plan());
        map.put("message", result.message());
        return map;
    }
}
