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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.openhab.binding.ksem.runtime.api.RuntimeInspector;
import org.openhab.binding.ksem.runtime.api.ThingEventListener;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * An embedded Apache Felix with SCR, the minimal openHAB platform and the unchanged add-on jar. Bundles that cannot
 * start do not stop the runtime: {@link #problems()} names them and their unresolved requirement.
 *
 * <pre>
 * try (KsemRuntime runtime = KsemRuntime.builder().thingsFile(file).listener(log).build().start()) {
 *     runtime.problems(); // empty when everything is ACTIVE
 * }
 * </pre>
 *
 * @author KSEM binding contributors
 */
public final class KsemRuntime implements AutoCloseable {

    public static final String ADDON_SYMBOLIC_NAME = "org.openhab.binding.ksem";

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path thingsFile;
    private final RuntimeBundles bundles;
    private final List<ThingEventListener> listeners;
    private final String locale;
    private final Map<Long, String> startProblems = new HashMap<>();
    private Framework framework;
    private Path storage;

    private KsemRuntime(Builder builder) {
        this.thingsFile = builder.thingsFile;
        this.bundles = builder.bundles;
        this.listeners = List.copyOf(builder.listeners);
        this.locale = builder.locale;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the framework, installs all bundles, registers the listeners and starts the bundles.
     *
     * @throws BundleException if the framework itself cannot start or a jar cannot be installed
     */
    public synchronized KsemRuntime start() throws BundleException, IOException {
        if (framework != null) {
            throw new IllegalStateException("The runtime was already started");
        }
        storage = Files.createTempDirectory("ksem-felix-");
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("No OSGi framework on the classpath"));
        framework = factory.newFramework(FrameworkSettings.of(storage, thingsFile, locale));
        framework.init();
        BundleContext context = framework.getBundleContext();
        // before any bundle starts, so that no event is missed
        listeners.forEach(listener -> context.registerService(ThingEventListener.class, listener, null));
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : bundles.inInstallOrder()) {
            installed.add(context.installBundle(jar.toUri().toString()));
        }
        framework.start();
        for (Bundle bundle : installed) {
            if (!isFragment(bundle)) {
                try {
                    bundle.start();
                } catch (BundleException | RuntimeException e) {
                    // Felix names the missing requirement in the message
                    startProblems.put(bundle.getBundleId(), e.getMessage());
                }
            }
        }
        return this;
    }

    /** Every installed bundle but the framework's own. */
    public synchronized List<BundleStatus> bundles() {
        requireStarted();
        List<BundleStatus> statuses = new ArrayList<>();
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            if (bundle.getBundleId() != 0) {
                statuses.add(new BundleStatus(bundle.getBundleId(), bundle.getSymbolicName(),
                        bundle.getVersion().toString(), stateName(bundle.getState()), isFragment(bundle),
                        startProblems.get(bundle.getBundleId())));
            }
        }
        return statuses;
    }

    /** The bundles that are neither ACTIVE nor (fragments) RESOLVED, with the reason. */
    public List<BundleStatus> problems() {
        return bundles().stream().filter(status -> !status.isHealthy()).toList();
    }

    /** The platform's inspector; waits for it up to {@code timeout}. */
    public RuntimeInspector inspector(Duration timeout) throws InterruptedException {
        BundleContext context;
        synchronized (this) {
            requireStarted();
            context = framework.getBundleContext();
        }
        ServiceTracker<RuntimeInspector, RuntimeInspector> tracker = new ServiceTracker<>(context,
                RuntimeInspector.class, null);
        tracker.open();
        try {
            RuntimeInspector inspector = tracker.waitForService(timeout.toMillis());
            if (inspector == null) {
                throw new IllegalStateException("The platform bundle did not start: " + problems());
            }
            return inspector;
        } finally {
            tracker.close();
        }
    }

    public Path thingsFile() {
        return thingsFile;
    }

    /** Stops the framework (bundles in reverse order: the add-on first) and deletes its storage. */
    public synchronized void stop() {
        if (framework == null) {
            return;
        }
        try {
            framework.stop();
            FrameworkEvent event = framework.waitForStop(STOP_TIMEOUT.toMillis());
            if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
                throw new IllegalStateException("The framework did not stop within " + STOP_TIMEOUT);
            }
        } catch (BundleException e) {
            throw new IllegalStateException("Stopping the framework failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            framework = null;
            deleteQuietly(storage);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void requireStarted() {
        if (framework == null) {
            throw new IllegalStateException("The runtime is not running");
        }
    }

    private static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            default -> "UNKNOWN(" + state + ")";
        };
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the OS cleans up what is left
        }
    }

    /** Configures a {@link KsemRuntime}. */
    public static final class Builder {

        private Path thingsFile;
        private RuntimeBundles bundles;
        private final List<ThingEventListener> listeners = new ArrayList<>();
        private String locale = "en";

        private Builder() {
        }

        /** The Things to run; written back when a handler changes them. Required. */
        public Builder thingsFile(Path thingsFile) {
            this.thingsFile = thingsFile;
            return this;
        }

        /** The jars to install; default {@link RuntimeBundles#locate()}. */
        public Builder bundles(RuntimeBundles bundles) {
            this.bundles = bundles;
            return this;
        }

        /** Gets every event from the start on. */
        public Builder listener(ThingEventListener listener) {
            listeners.add(listener);
            return this;
        }

        /** Language of status texts (BCP 47, default {@code en}). */
        public Builder locale(String locale) {
            this.locale = locale;
            return this;
        }

        public KsemRuntime build() throws IOException {
            if (thingsFile == null) {
                throw new IllegalStateException("A things file is required");
            }
            if (bundles == null) {
                bundles = RuntimeBundles.locate();
            }
            return new KsemRuntime(this);
        }
    }
}
