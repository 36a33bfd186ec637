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

import java.util.Optional;
import java.util.Set;

import org.openhab.binding.ksem.runtime.api.ThingStatusEvent;

/**
 * How the demo ends, as a process exit code, and which Thing status means which end.
 *
 * @author KSEM binding contributors
 */
public enum ExitCode {

    /** The demo ran for its --duration. */
    OK(0),
    /** Anything else: a bundle did not start, a handler failed, an I/O error. */
    OTHER(1),
    /** The command line was wrong. */
    USAGE(2),
    /** No KSEM at the host: unreachable, not answering, or not a KSEM. */
    UNREACHABLE(3),
    /** The KSEM rejected the password. */
    WRONG_PASSWORD(4),
    /** The KSEM rejected the access token. */
    TOKEN_REJECTED(5),
    /** Stopped with Ctrl+C (the shell's code for SIGINT). */
    INTERRUPTED(130);

    private static final Set<String> HOST_PROBLEMS = Set.of("offline.comm-error-unreachable",
            "offline.comm-error-timeout", "offline.comm-error-http", "offline.comm-error-malformed",
            "offline.conf-error-invalid-host", "offline.conf-error-no-host");

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /**
     * The end a status means. Communication problems end the demo only before the Thing was ever ONLINE: later they
     * are outages the binding rides out by reconnecting.
     */
    public static Optional<ExitCode> forStatus(ThingStatusEvent status, boolean wasOnline) {
        String key = status.descriptionKey();
        if ("UNINITIALIZED".equals(status.status()) && status.detail().startsWith("HANDLER_")
                && !"HANDLER_MISSING_ERROR".equals(status.detail())) {
            return Optional.of(OTHER);
        }
        if (!"OFFLINE".equals(status.status())) {
            return Optional.empty();
        }
        if ("offline.conf-error-wrong-password".equals(key)) {
            return Optional.of(WRONG_PASSWORD);
        } else if ("offline.conf-error-token-rejected".equals(key)) {
            return Optional.of(TOKEN_REJECTED);
        } else if (key != null && HOST_PROBLEMS.contains(key)) {
            return "CONFIGURATION_ERROR".equals(status.detail()) || !wasOnline ? Optional.of(UNREACHABLE)
                    : Optional.empty();
        } else if ("CONFIGURATION_ERROR".equals(status.detail())) {
            return Optional.of(OTHER);
        }
        return Optional.empty();
    }
}
