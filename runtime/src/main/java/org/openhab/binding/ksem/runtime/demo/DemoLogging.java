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

/**
 * The demo's logging: slf4j-simple on stderr, warnings only (the demo prints what matters itself), the add-on's debug
 * log with --debug. slf4j-simple reads these properties once, so this runs first; -D options on the command line win.
 *
 * @author KSEM binding contributors
 */
final class DemoLogging {

    private static final String PREFIX = "org.slf4j.simpleLogger.";

    private DemoLogging() {
    }

    static void configure(boolean debug) {
        setIfAbsent("defaultLogLevel", "warn");
        setIfAbsent("logFile", "System.err");
        setIfAbsent("showDateTime", "true");
        setIfAbsent("dateTimeFormat", "HH:mm:ss.SSS");
        setIfAbsent("showThreadName", "false");
        setIfAbsent("showShortLogName", "true");
        setIfAbsent("levelInBrackets", "true");
        // openHAB's shared clients leave host checks to TlsTrustManagerProviders on purpose; Jetty warns about it
        setIfAbsent("log.org.eclipse.jetty.util.ssl.SslContextFactory.config", "error");
        if (debug) {
            setIfAbsent("log.org.openhab.binding.ksem.internal", "debug");
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(PREFIX + key) == null) {
            System.setProperty(PREFIX + key, value);
        }
    }
}
