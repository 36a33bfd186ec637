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

import java.io.PrintStream;
import java.util.List;

/**
 * The demo's output: messages scroll, the live table stays at the bottom. On a terminal the table is redrawn in place
 * with ANSI escapes; elsewhere (a pipe, a file) only messages and summary lines are printed.
 *
 * @author KSEM binding contributors
 */
final class Screen {

    private static final String CURSOR_UP_LINES = "\u001b[%dF";
    private static final String CLEAR_TO_END = "\u001b[J";

    private final PrintStream out;
    private final boolean terminal;
    private int tableLines;

    Screen(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Whether tables are redrawn in place. */
    boolean isTerminal() {
        return terminal;
    }

    /** A message above the table. */
    synchronized void message(String line) {
        eraseTable();
        out.println(line);
        out.flush();
    }

    /** Replaces the table (a terminal) or prints it. */
    synchronized void table(List<String> lines) {
        eraseTable();
        lines.forEach(out::println);
        out.flush();
        tableLines = terminal ? lines.size() : 0;
    }

    /** The table stays on screen as it is; later output goes below it. */
    synchronized void keepTable() {
        tableLines = 0;
    }

    private void eraseTable() {
        if (tableLines > 0) {
            out.print(String.format(CURSOR_UP_LINES, tableLines) + CLEAR_TO_END);
            tableLines = 0;
        }
    }
}
