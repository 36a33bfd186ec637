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
package org.openhab.binding.ksem.runtime.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.openhab.binding.ksem.runtime.api.ThingEvent;
import org.openhab.binding.ksem.runtime.platform.PlatformActivator;
import org.slf4j.LoggerFactory;

/**
 * The configuration of the embedded Felix. The system bundle exports two things from the launcher's classpath:
 * the runtime's event API (so that events cross the framework boundary as the same classes), and SLF4J, so that the
 * bundles log through the launcher's one backend. slf4j-api is exported as 2.x and, as the slf4j-api bundle itself
 * does, as 1.7.36 for bundles that import the old range (Jetty 9.4). The platform's property names are compile-time
 * constants, so the launcher never loads a platform class itself.
 *
 * @author KSEM binding contributors
 */
final class FrameworkSettings {

    private static final String API_VERSION = "1.0.0";
    private static final String SLF4J_COMPAT_VERSION = "1.7.36";

    private FrameworkSettings() {
    }

    static Map<String, String> of(Path storage, Path thingsFile, String locale) {
        Map<String, String> settings = new HashMap<>();
        settings.put("org.osgi.framework.storage", storage.toString());
        settings.put("org.osgi.framework.storage.clean", "onFirstInit");
        settings.put("org.osgi.framework.system.packages.extra", systemPackagesExtra());
        settings.put("felix.log.level", "1"); // errors only: the runtime reports bundle problems itself
        settings.put("ds.loglevel", "warn");
        // resolve on the calling thread: a resolver pool would outlive the framework by a minute
        settings.put("felix.resolver.parallelism", "1");
        settings.put(PlatformActivator.THINGS_PROPERTY, thingsFile.toAbsolutePath().toString());
        settings.put(PlatformActivator.LOCALE_PROPERTY, locale);
        return settings;
    }

    static String systemPackagesExtra() {
        String slf4j = slf4jVersion();
        StringBuilder packages = new StringBuilder(ThingEvent.class.getPackageName()).append(";version=")
                .append(API_VERSION);
        for (String name : new String[] { "org.slf4j", "org.slf4j.event", "org.slf4j.helpers", "org.slf4j.spi" }) {
            packages.append(',').append(name).append(";version=").append(slf4j);
        }
        for (String name : new String[] { "org.slf4j", "org.slf4j.helpers", "org.slf4j.spi" }) {
            packages.append(',').append(name).append(";version=").append(SLF4J_COMPAT_VERSION);
        }
        return packages.toString();
    }

    /** The version of the slf4j-api on the classpath, e.g. 2.0.16. */
    private static String slf4jVersion() {
        String version = LoggerFactory.class.getPackage().getImplementationVersion();
        return version != null && version.matches("2\\.\\d+\\.\\d+") ? version : "2.0.0";
    }
}
