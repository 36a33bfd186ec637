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
package org.openhab.binding.ksem.runtime.demo;

import java.nio.file.Path;

import org.openhab.binding.ksem.runtime.api.ThingConfigurationEvent;
import org.openhab.binding.ksem.runtime.api.ThingStatusEvent;
import org.openhab.binding.ksem.simulator.AccessToken;
import org.openhab.binding.ksem.simulator.KsemSimulator;
import org.openhab.binding.ksem.simulator.TokenState;

/**
 * Walks the owner through the access token the add-on requests with the password: names the pending token and the
 * page to approve it on (or approves it in the simulator with --auto-approve), and reports when the add-on stored it.
 *
 * @author KSEM binding contributors
 */
final class TokenFlow {

    private static final String PENDING = "online.token-pending";
    /** Status notes that end the flow without a token: the device cannot, or the owner refused. */
    private static final String UNSUPPORTED = "online.token-unsupported";
    private static final String REFUSED = "online.token-request-refused";

    private final Screen screen;
    private final String thing;
    private final KsemSimulator simulator;
    private final String webInterface;
    private final boolean autoApprove;
    private boolean announced;
    private boolean stored;
    private boolean ended;
    /** The Thing still shows the pending note (it does until it reconnected on the stored token). */
    private boolean pendingShown;

    /** @param simulator the built-in simulator, or null for a real KSEM */
    TokenFlow(Screen screen, String thing, KsemSimulator simulator, String webInterface, boolean autoApprove) {
        this.screen = screen;
        this.thing = thing;
        this.simulator = simulator;
        this.webInterface = webInterface;
        this.autoApprove = autoApprove;
    }

    void onStatus(ThingStatusEvent status) {
        String key = status.descriptionKey();
        pendingShown = PENDING.equals(key);
        if (PENDING.equals(key) && !announced) {
            announced = true;
            announce();
        } else if ((UNSUPPORTED.equals(key) || REFUSED.equals(key)) && !ended) {
            ended = true;
            screen.message("No access token: " + status.description());
        }
    }

    /**
     * @param kept whether the things file stays after the demo
     * @return true when this event stored the token
     */
    boolean onConfiguration(ThingConfigurationEvent configuration, Path thingsFile, boolean kept) {
        if (!stored && configuration.has("accessToken") && !configuration.has("password")) {
            stored = true;
            screen.message("Token stored in " + thingsFile + " (the password was removed from it"
                    + (kept ? ")." : "; a temporary file: keep it with --things FILE)."));
            return true;
        }
        return false;
    }

    /** Whether the flow started and has not ended yet: waiting for the approval, or for the switch to the token. */
    boolean isWaiting() {
        return announced && !ended && (!stored || pendingShown);
    }

    boolean hasStarted() {
        return announced || ended;
    }

    private void announce() {
        AccessToken pending = simulator == null ? null
                : simulator.tokens().list().stream()
                        .filter(t -> t.state() == TokenState.PENDING && t.name().startsWith("openHAB ")).findFirst()
                        .orElse(null);
        String name = pending != null ? pending.name() : "openHAB " + thing;
        screen.message("");
        screen.message("Access token \"" + name + "\" is waiting for approval.");
        if (autoApprove && pending != null) {
            simulator.tokens().authorise(pending.id());
            screen.message("Approved it in the simulator (--auto-approve).");
            return;
        }
        screen.message("  Open " + webInterface + " , log in with "
                + (simulator == null ? "the KSEM password" : "the simulator's password (see --help)")
                + ", go to Profile → Access tokens and press \"Authorise\" next to it.");
        if (autoApprove) {
            screen.message("  (--auto-approve works only with the built-in simulator.)");
        } else if (simulator != null) {
            screen.message("  Or run the demo with --auto-approve.");
        }
        screen.message("Waiting for the approval (Ctrl+C to stop) ...");
    }
}
