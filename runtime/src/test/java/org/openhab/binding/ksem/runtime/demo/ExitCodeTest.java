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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openhab.binding.ksem.runtime.api.ThingStatusEvent;

/**
 * @author KSEM binding contributors
 */
class ExitCodeTest {

    @Test
    void credentialsTheKsemRefusesEndTheDemoWithTheirOwnCodes() {
        assertEquals(Optional.of(ExitCode.WRONG_PASSWORD),
                ExitCode.forStatus(offline("CONFIGURATION_ERROR", "offline.conf-error-wrong-password"), false));
        assertEquals(Optional.of(ExitCode.TOKEN_REJECTED),
                ExitCode.forStatus(offline("CONFIGURATION_ERROR", "offline.conf-error-token-rejected"), true));
    }

    @Test
    void anUnreachableHostEndsTheDemoOnlyBeforeItWasEverOnline() {
        ThingStatusEvent unreachable = offline("COMMUNICATION_ERROR", "offline.comm-error-unreachable");

        assertEquals(Optional.of(ExitCode.UNREACHABLE), ExitCode.forStatus(unreachable, false));
        assertEquals(Optional.empty(), ExitCode.forStatus(unreachable, true), "later it is an outage: reconnect");
        assertEquals(Optional.of(ExitCode.UNREACHABLE),
                ExitCode.forStatus(offline("CONFIGURATION_ERROR", "offline.conf-error-invalid-host"), true));
    }

    @Test
    void otherConfigurationErrorsAndHandlerFailuresAreOther() {
        assertEquals(Optional.of(ExitCode.OTHER),
                ExitCode.forStatus(offline("CONFIGURATION_ERROR", "offline.conf-error-no-credentials"), false));
        assertEquals(Optional.of(ExitCode.OTHER), ExitCode
                .forStatus(status("UNINITIALIZED", "HANDLER_INITIALIZING_ERROR", null), false));
    }

    @Test
    void normalStatusesGoOn() {
        assertEquals(Optional.empty(), ExitCode.forStatus(status("ONLINE", "CONFIGURATION_PENDING",
                "online.token-pending"), true));
        assertEquals(Optional.empty(), ExitCode.forStatus(offline("COMMUNICATION_ERROR",
                "offline.comm-error-reconnecting"), false));
        assertEquals(Optional.empty(), ExitCode.forStatus(status("UNINITIALIZED", "HANDLER_MISSING_ERROR", null),
                true), "the add-on stopping at the end is no failure");
    }

    private static ThingStatusEvent offline(String detail, String key) {
        return status("OFFLINE", detail, key);
    }

    private static ThingStatusEvent status(String status, String detail, String key) {
        return new ThingStatusEvent("ksem:meter:home", status, detail, "text", key, "UNKNOWN", Instant.now());
    }
}
