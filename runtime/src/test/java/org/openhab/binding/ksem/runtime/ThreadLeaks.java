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
package org.openhab.binding.ksem.runtime;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds threads a test left running: every thread alive now that was not alive before, apart from the JVM's own.
 *
 * @author KSEM binding contributors
 */
public final class ThreadLeaks {

    /** Threads the JVM and the test tooling start on demand and keep. */
    private static final List<String> JVM_THREADS = List.of("ForkJoinPool.commonPool", "process reaper",
            "Attach Listener", "Common-Cleaner", "surefire", "JFR", "Signal Dispatcher", "Reference Handler",
            "Finalizer", "Notification Thread", "C1 CompilerThread", "C2 CompilerThread", "Sweeper thread",
            "ksem-sim-" /* the simulator's daemon pool ends on its own, 10 s after stop() */);

    private ThreadLeaks() {
    }

    public static Set<Thread> snapshot() {
        return Set.copyOf(Thread.getAllStackTraces().keySet());
    }

    /** Fails listing the new threads still alive after {@code graceMillis}. */
    public static void assertNoneSince(Set<Thread> before, long graceMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + graceMillis;
        List<Thread> leaked = List.of();
        while (System.currentTimeMillis() < deadline) {
            leaked = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                    .filter(t -> !before.contains(t)).filter(t -> JVM_THREADS.stream().noneMatch(t.getName()::startsWith))
                    .toList();
            if (leaked.isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        fail("Threads left running: " + leaked.stream().map(Thread::getName).collect(Collectors.joining(", ")));
    }
}
