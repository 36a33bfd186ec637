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
package org.openhab.core.common;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Creates threads named {@code OH-<id>-<n>}.
 *
 * @author Markus Rathgeb - Initial contribution (openHAB)
 */
@NonNullByDefault
public class NamedThreadFactory implements ThreadFactory {

    private final ThreadGroup group;
    private final String namePrefix;
    private final AtomicInteger threadNumber = new AtomicInteger(1);
    private final boolean daemonize;
    private final int priority;

    /**
     * Creates a factory for daemon threads of normal priority.
     *
     * @param id the name part of the threads
     */
    public NamedThreadFactory(String id) {
        this(id, true);
    }

    public NamedThreadFactory(String id, boolean daemonize) {
        this(id, daemonize, Thread.NORM_PRIORITY);
    }

    public NamedThreadFactory(String id, boolean daemonize, int priority) {
        this.group = Thread.currentThread().getThreadGroup();
        this.namePrefix = "OH-" + id + "-";
        this.daemonize = daemonize;
        this.priority = priority;
    }

    @Override
    public Thread newThread(Runnable runnable) {
        Thread thread = new Thread(group, runnable, namePrefix + threadNumber.getAndIncrement(), 0);
        if (thread.isDaemon() != daemonize) {
            thread.setDaemon(daemonize);
        }
        if (thread.getPriority() != priority) {
            thread.setPriority(priority);
        }
        return thread;
    }
}
