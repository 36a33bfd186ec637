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

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The jars the framework installs: the libraries and the platform bundle (the Maven build copies them to
 * {@code runtime/target/runtime-bundles}), and the add-on jar, unchanged. Of the add-on, the newer of the jar built
 * in this checkout ({@code bundle/target}) and the one Maven resolved ({@code runtime/target/addon}) is used.
 *
 * <p>
 * System properties override the locations: {@value #BUNDLES_PROPERTY} (folder), {@value #ADDON_PROPERTY} (jar),
 * {@value #ADDON_DIR_PROPERTY} (folder with the resolved jar), {@value #ADDON_BUILT_PROPERTY} (the checkout's jar).
 *
 * @param libraries the library bundles, installed first
 * @param platform the platform bundle
 * @param addon the add-on jar, installed last
 *
 * @author KSEM binding contributors
 */
public record RuntimeBundles(List<Path> libraries, Path platform, Path addon) {

    public static final String BUNDLES_PROPERTY = "ksem.runtime.bundles";
    public static final String ADDON_PROPERTY = "ksem.runtime.addon";
    public static final String ADDON_DIR_PROPERTY = "ksem.runtime.addonDir";
    public static final String ADDON_BUILT_PROPERTY = "ksem.runtime.addonBuilt";

    private static final String PLATFORM_SUFFIX = "-platform.jar";
    private static final String ADDON_PREFIX = "org.openhab.binding.ksem-";

    public RuntimeBundles {
        libraries = List.copyOf(libraries);
    }

    /** @throws IOException with what to build when a jar is missing */
    public static RuntimeBundles locate() throws IOException {
        Path target = targetFolder();
        Path folder = path(BUNDLES_PROPERTY, target.resolve("runtime-bundles"));
        List<Path> jars = jars(folder);
        Path platform = jars.stream().filter(p -> p.getFileName().toString().endsWith(PLATFORM_SUFFIX)).findFirst()
                .orElseThrow(() -> new IOException("No platform bundle in " + folder + hint()));
        List<Path> libraries = new ArrayList<>(jars);
        libraries.remove(platform);
        return new RuntimeBundles(libraries, platform, addon(target));
    }

    /** Libraries, then the platform, then the add-on: the framework stops them in the reverse order. */
    public List<Path> inInstallOrder() {
        List<Path> all = new ArrayList<>(libraries);
        all.add(platform);
        all.add(addon);
        return all;
    }

    private static Path addon(Path target) throws IOException {
        String explicit = System.getProperty(ADDON_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return existing(Path.of(explicit));
        }
        Path resolvedFolder = path(ADDON_DIR_PROPERTY, target.resolve("addon"));
        Path resolved = Files.isDirectory(resolvedFolder)
                ? jars(resolvedFolder).stream().filter(RuntimeBundles::isAddon).findFirst().orElse(null)
                : null;
        Path built = builtAddon(target);
        if (built != null && (resolved == null || modified(built) >= modified(resolved))) {
            return built;
        }
        if (resolved == null) {
            throw new IOException("The add-on jar is missing: build it with "
                    + "'mvn -B install -DskipTests -pl openhab-api,simulator,bundle -am'" + hint());
        }
        return resolved;
    }

    private static Path builtAddon(Path target) throws IOException {
        String configured = System.getProperty(ADDON_BUILT_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path jar = Path.of(configured);
            return Files.isRegularFile(jar) ? jar : null;
        }
        Path bundleTarget = target.resolveSibling("..").resolve("bundle").resolve("target").normalize();
        return Files.isDirectory(bundleTarget)
                ? jars(bundleTarget).stream().filter(RuntimeBundles::isAddon).findFirst().orElse(null)
                : null;
    }

    private static boolean isAddon(Path jar) {
        String name = jar.getFileName().toString();
        return name.startsWith(ADDON_PREFIX) && !name.endsWith("-sources.jar") && !name.endsWith("-javadoc.jar");
    }

    private static List<Path> jars(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("No bundle folder " + folder + hint());
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted(Comparator.naturalOrder())
                    .toList();
        }
    }

    private static Path path(String property, Path fallback) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }

    private static Path existing(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException("No such jar: " + jar);
        }
        return jar;
    }

    private static long modified(Path file) throws IOException {
        return Files.getLastModifiedTime(file).toMillis();
    }

    /** {@code runtime/target}: the parent of the classes folder this class was loaded from. */
    private static Path targetFolder() {
        try {
            Path classes = Path.of(RuntimeBundles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes.getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("runtime", "target");
        }
    }

    private static String hint() {
        return " (run 'mvn -B package -DskipTests' in runtime/, or ./run-demo, to create it)";
    }
}
