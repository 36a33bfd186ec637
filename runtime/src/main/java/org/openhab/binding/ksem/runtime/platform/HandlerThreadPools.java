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

import java.util.concurrent.ExecutorService;

import org.openhab.core.common.ThreadPoolManager;

/**
 * Ends the shared thread pools of openHAB's {@link ThreadPoolManager} (the handlers' {@code scheduler}) when the
 * platform stops. openHAB never needs this, its pools live as long as the JVM; a runtime that is started and stopped
 * inside one JVM (tests, a restart) would otherwise leave their idle threads behind.
 *
 * @author KSEM binding contributors
 */
final class HandlerThreadPools extends ThreadPoolManager {

    private HandlerThreadPools() {
    }

    /** Call only while the framework stops: no handler is left, and none will come. */
    static void shutdownAll() {
        pools.values().forEach(ExecutorService::shutdownNow);
        pools.clear();
    }
}
