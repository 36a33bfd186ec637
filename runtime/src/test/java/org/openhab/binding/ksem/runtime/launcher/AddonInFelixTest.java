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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.openhab.binding.ksem.runtime.MeterThings.POWER_IMPORT;
import static org.openhab.binding.ksem.runtime.MeterThings.THING;
import static org.openhab.binding.ksem.runtime.MeterThings.TOKEN_NAME;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.ksem.runtime.MeterThings;
import org.openhab.binding.ksem.runtime.ThreadLeaks;
import org.openhab.binding.ksem.runtime.api.ChannelStateEvent;
import org.openhab.binding.ksem.runtime.api.ComponentState;
import org.openhab.binding.ksem.runtime.api.RuntimeInspector;
import org.openhab.binding.ksem.runtime.api.ThingConfigurationEvent;
import org.openhab.binding.ksem.runtime.api.ThingDefinition;
import org.openhab.binding.ksem.runtime.api.ThingStatusEvent;
import org.openhab.binding.ksem.runtime.api.ThingsFile;
import org.openhab.binding.ksem.simulator.AccessToken;
import org.openhab.binding.ksem.simulator.KsemSimulator;
import org.openhab.binding.ksem.simulator.TokenState;

/**
 * The built add-on jar, unchanged, in Apache Felix with SCR and the runtime's platform, against the simulator: every
 * bundle resolves, the add-on's components are satisfied, the meter comes ONLINE and its channels arrive through the
 * OSGi services, and an access token requested with the password is stored and used after a restart.
 *
 * @author KSEM binding contributors
 */
class AddonInFelixTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String ACTIONS_CLASS = "org.openhab.binding.ksem.internal.action.KsemTokenActions";

    @TempDir
    Path folder;

    @Test
    void addonRunsInFelixAndKeepsItsAccessTokenAcrossARestart() throws Exception {
        Set<Thread> threadsBefore = ThreadLeaks.snapshot();
        try (KsemSimulator simulator = KsemSimulator.builder().password("pw-in-felix")
                .frameInterval(Duration.ofMillis(200)).rateLimit(false).build().start()) {
            Path things = MeterThings.withPassword(folder, simulator);

            EventLog first = new EventLog();
            AccessToken token;
            try (KsemRuntime runtime = KsemRuntime.builder().thingsFile(things).listener(first).build().start()) {
                assertAllBundlesActive(runtime);
                RuntimeInspector inspector = runtime.inspector(WAIT);
                assertAddonComponentsUsable(inspector);

                first.await(ThingStatusEvent.class, e -> e.thing().equals(THING) && e.status().equals("ONLINE"), WAIT);
                ChannelStateEvent power = first.await(ChannelStateEvent.class, e -> e.channel().equals(POWER_IMPORT),
                        WAIT);
                assertEquals("W", power.unit());
                new BigDecimal(power.state()); // a plain number
                assertTrue(inspector.handlerServices(THING).contains(ACTIONS_CLASS),
                        "Thing actions bound from the OSGi registry: " + inspector.handlerServices(THING));

                token = awaitPendingToken(first, simulator);
                long authorised = first.position();
                assertTrue(simulator.tokens().authorise(token.id()));

                first.await(ThingConfigurationEvent.class,
                        e -> e.has("accessToken") && !e.has("password") && e.changed().contains("accessToken"), WAIT,
                        authorised);
                first.await(ThingStatusEvent.class, e -> e.is("ONLINE", "NONE"), WAIT, authorised);
                Map<String, Object> stored = MeterThings.configuration(things);
                assertEquals(token.token(), stored.get("accessToken"));
                assertFalse(stored.containsKey("password"), "the password is removed once the token works");

                // the console command reaches the handler through the ThingRegistry service
                String check = inspector.console("ksem", THING, "token", "check");
                assertTrue(check.contains("Token state: valid"), check);
            }
            ThingStatusEvent last = first.status(THING).orElseThrow();
            assertEquals("UNINITIALIZED (HANDLER_MISSING_ERROR)", last.statusText(), "the handler was disposed");

            long passwordLogins = simulator.stats().logins();
            EventLog second = new EventLog();
            try (KsemRuntime runtime = KsemRuntime.builder().thingsFile(things).listener(second).build().start()) {
                assertAllBundlesActive(runtime);
                second.await(ThingStatusEvent.class, e -> e.is("ONLINE", "NONE"), WAIT);
                second.await(ChannelStateEvent.class, e -> e.channel().equals(POWER_IMPORT), WAIT);
                assertEquals(passwordLogins, simulator.stats().logins(), "restarted on the token, no password login");
                assertTrue(second.events().stream().filter(ThingStatusEvent.class::isInstance)
                        .map(e -> (ThingStatusEvent) e).noneMatch(e -> "OFFLINE".equals(e.status())),
                        "never OFFLINE on the stored token");
            }
        }
        ThreadLeaks.assertNoneSince(threadsBefore, 10_000);
    }

    @Test
    void anHttpsMeterIsPinnedOnFirstUseAndTrustedByTheSharedClients() throws Exception {
        try (KsemSimulator simulator = KsemSimulator.builder().https(true).password("pw-tls")
                .frameInterval(Duration.ofMillis(200)).rateLimit(false).build().start()) {
            Path things = MeterThings.withPassword(folder, simulator);
            Map<String, Object> configuration = new HashMap<>(MeterThings.configuration(things));
            configuration.put("useHttps", true);
            ThingsFile.write(things, List.of(ThingDefinition.of(THING, "ksem:meter", "HTTPS meter", configuration)));
            EventLog events = new EventLog();
            try (KsemRuntime runtime = KsemRuntime.builder().thingsFile(things).listener(events).build().start()) {
                // the handler registers a TlsTrustManagerProvider; the platform's ExtensibleTrustManager asks it
                events.await(ChannelStateEvent.class, e -> e.channel().equals(POWER_IMPORT), WAIT);
                Object pinned = MeterThings.configuration(things).get("certificateFingerprint");
                assertEquals(normalized(simulator.certificateFingerprint()), normalized(String.valueOf(pinned)));
            }
        }
    }

    @Test
    void onlyLinkedChannelsAreUpdatedAndTheListSurvivesTheTokenWriteBack() throws Exception {
        String lastReading = THING + ":device#last-reading";
        try (KsemSimulator simulator = KsemSimulator.builder().password("pw-links")
                .frameInterval(Duration.ofMillis(200)).rateLimit(false).build().start()) {
            Path things = MeterThings.withPassword(folder, simulator);
            ThingDefinition meter = ThingsFile.read(things).get(0)
                    .withLinkedChannels(List.of("grid#power-import", "device#last-reading"));
            ThingsFile.write(things, List.of(meter));
            EventLog events = new EventLog();
            try (KsemRuntime runtime = KsemRuntime.builder().thingsFile(things).listener(events).build().start()) {
                AccessToken token = awaitPendingToken(events, simulator);
                long authorised = events.position();
                assertTrue(simulator.tokens().authorise(token.id()));
                events.await(ThingConfigurationEvent.class, e -> e.has("accessToken"), WAIT, authorised);
                long stored = events.position();
                events.await(ChannelStateEvent.class, e -> e.channel().equals(POWER_IMPORT), WAIT, stored);
                events.await(ChannelStateEvent.class, e -> e.channel().equals(lastReading), WAIT, stored);
            }
            Set<String> updated = events.events().stream().filter(ChannelStateEvent.class::isInstance)
                    .map(e -> ((ChannelStateEvent) e).channel()).collect(Collectors.toSet());
            assertEquals(Set.of(POWER_IMPORT, lastReading), updated, "the handler asked for links through OSGi");
            assertEquals(List.of("device#last-reading", "grid#power-import"),
                    ThingsFile.read(things).get(0).linkedChannels(), "kept when the token was written back");
        }
    }

    @Test
    void aBundleThatCannotResolveIsReportedWithItsMissingRequirement() throws Exception {
        RuntimeBundles complete = RuntimeBundles.locate();
        List<Path> withoutJettyClient = complete.libraries().stream()
                .filter(jar -> !jar.getFileName().toString().startsWith("jetty-client")).toList();
        RuntimeBundles broken = new RuntimeBundles(withoutJettyClient, complete.platform(), complete.addon());
        Path things = folder.resolve("things.json");
        try (KsemRuntime runtime = KsemRuntime.builder().thingsFile(things).bundles(broken).build().start()) {
            BundleStatus addon = runtime.problems().stream()
                    .filter(b -> KsemRuntime.ADDON_SYMBOLIC_NAME.equals(b.symbolicName())).findFirst()
                    .orElseThrow(() -> new AssertionError("the add-on should not start: " + runtime.bundles()));
            assertEquals("INSTALLED", addon.state());
            assertTrue(addon.problem().contains("org.eclipse.jetty.client"), addon.problem());
        }
    }

    private static String normalized(String fingerprint) {
        return fingerprint.replace(":", "").toLowerCase(Locale.ROOT);
    }

    private static AccessToken awaitPendingToken(EventLog events, KsemSimulator simulator) throws Exception {
        ThingStatusEvent pending = events.await(ThingStatusEvent.class,
                e -> e.is("ONLINE", "CONFIGURATION_PENDING") && "online.token-pending".equals(e.descriptionKey()),
                WAIT);
        assertTrue(pending.description().contains(TOKEN_NAME), "translated from the add-on's i18n: " + pending);
        assertFalse(pending.description().startsWith("@text/"), pending.description());
        return simulator.tokens().list().stream()
                .filter(t -> t.name().equals(TOKEN_NAME) && t.state() == TokenState.PENDING).findFirst()
                .orElseThrow(() -> new AssertionError("no pending token: " + simulator.tokens().list()));
    }

    private static void assertAllBundlesActive(KsemRuntime runtime) {
        List<BundleStatus> problems = runtime.problems();
        if (!problems.isEmpty()) {
            fail("Bundles that did not start:\n" + String.join("\n", problems.stream().map(Object::toString).toList()));
        }
    }

    /** SCR works asynchronously: wait until it has seen the add-on, then nothing may be unsatisfied. */
    private static void assertAddonComponentsUsable(RuntimeInspector inspector) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<ComponentState> components = List.of();
        while (System.nanoTime() < deadline) {
            components = inspector.components(KsemRuntime.ADDON_SYMBOLIC_NAME);
            if (!components.isEmpty() && components.stream().allMatch(ComponentState::isUsable)) {
                assertTrue(components.stream().anyMatch(c -> c.name().endsWith("KsemHandlerFactory")), components.toString());
                return;
            }
            Thread.sleep(100);
        }
        fail("Components of the add-on not ACTIVE or SATISFIED: " + components);
    }
}
