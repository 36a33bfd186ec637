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

import org.openhab.core.io.console.Console;

/**
 * A {@link Console} that keeps what a command prints.
 *
 * @author KSEM binding contributors
 */
final class CapturingConsole implements Console {

    private final StringBuilder output = new StringBuilder();

    @Override
    public synchronized void print(String s) {
        output.append(s);
    }

    @Override
    public synchronized void println(String s) {
        output.append(s).append(System.lineSeparator());
    }

    @Override
    public synchronized void printUsage(String s) {
        output.append("Usage: ").append(s).append(System.lineSeparator());
    }

    synchronized String output() {
        return output.toString();
    }
}
