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

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.openhab.binding.ksem.runtime.api.ChannelStateEvent;
import org.openhab.binding.ksem.runtime.api.RuntimeInspector;
import org.openhab.binding.ksem.runtime.api.ThingConfigurationEvent;
import org.openhab.binding.ksem.runtime.api.ThingEvent;
import org.openhab.binding.ksem.runtime.api.ThingStatusEvent;
import org.openhab.binding.ksem.runtime.launcher.BundleStatus;
import org.openhab.binding.ksem.runtime.launcher.EventLog;
import org.openhab.binding.ksem.runtime.launcher.KsemRuntime;
import org.osgi.framework.BundleException;

/**
 * {@code ./run-demo}: the add-on in an embedded OSGi framework against the built-in simulator or a real KSEM. It
 * creates the Thing, walks through the access token, then shows live readings until --duration or Ctrl+C. Passwords
 * are never printed; the token only with --show-token.
 *
 * @author KSEM binding contributors
 */
public final class KsemDemo {

    private static final Duration FIRST_ONLINE_TIMEOUT = Duration.ofSeconds(60);
    /** Go live anyway if the add-on never starts the token flow on a password (it should within seconds). */
    private static final Duration TOKEN_FLOW_GRACE = Duration.ofSeconds(15);
    private static final Duration REDRAW = Duration.ofSeconds(1);

    private final PrintStream out;
    private final PrintStream err;
    private final Screen screen;
    private volatile boolean stopRequested;

    public KsemDemo(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.screen = new Screen(out, terminal);
    }

    public static void main(String[] args) {
        DemoLogging.configure(Arrays.asList(args).contains("--debug"));
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        KsemDemo demo = new KsemDemo(System.out, System.err, terminal);
        CountDownLatch finished = new CountDownLatch(1);
        Thread stopper = new Thread(() -> {
            demo.requestStop();
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ksem-demo-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        int code = demo.run(args);
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(stopper);
        } catch (IllegalStateException e) {
            return; // Ctrl+C: the JVM is exiting already (with 130)
        }
        System.exit(code);
    }

    /** Ends {@link #run} soon, with {@link ExitCode#INTERRUPTED}. */
    public void requestStop() {
        stopRequested = true;
    }

    /** Runs the demo; returns the exit code. */
    public int run(String... args) {
        DemoOptions options;
        try {
            options = DemoOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        if (options.help()) {
            out.println(DemoOptions.USAGE);
            return ExitCode.OK.code();
        }
        DemoSetup setup = null;
        EventsFile eventsFile = null;
        KsemRuntime runtime = null;
        try {
            try {
                setup = DemoSetup.prepare(options, screen);
            } catch (IllegalArgumentException e) {
                return usage(e.getMessage());
            }
            EventLog log = new EventLog(1_000);
            BlockingQueue<ThingEvent> queue = new LinkedBlockingQueue<>();
            KsemRuntime.Builder builder = KsemRuntime.builder().thingsFile(setup.things).listener(log)
                    .listener(queue::add);
            if (options.eventsFile() != null) {
                eventsFile = new EventsFile(options.eventsFile());
                builder.listener(eventsFile);
            }
            screen.message("Starting Apache Felix with SCR, the openHAB platform bundle and the KSEM add-on ...");
            runtime = builder.build().start();
            List<BundleStatus> problems = runtime.problems();
            if (!problems.isEmpty()) {
                err.println("These bundles did not start:");
                problems.forEach(problem -> err.println("  " + problem));
                return ExitCode.OTHER.code();
            }
            screen.message(runtime.bundles().size() + " bundles active; Thing " + setup.meter.uid() + " uses "
                    + (setup.usesToken() ? "an access token" : "the password") + ".");
            RuntimeInspector inspector = runtime.inspector(Duration.ofSeconds(10));
            TokenFlow tokens = new TokenFlow(screen, setup.meter.uid(), setup.simulator, setup.webInterface,
                    options.autoApprove());
            return watch(options, setup, log, queue, tokens, inspector, eventsFile).code();
        } catch (IOException | BundleException | RuntimeException e) {
            err.println("The demo failed: " + e.getMessage());
            return ExitCode.OTHER.code();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.INTERRUPTED.code();
        } finally {
            if (runtime != null) {
                runtime.stop();
            }
            if (setup != null) {
                setup.close();
            }
            closeQuietly(eventsFile);
        }
    }

    /** Follows the events until the demo ends, and says why it ended. */
    private ExitCode watch(DemoOptions options, DemoSetup setup, EventLog log, BlockingQueue<ThingEvent> queue,
            TokenFlow tokens, RuntimeInspector inspector, EventsFile eventsFile) throws InterruptedException {
        String thing = setup.meter.uid();
        long start = System.nanoTime();
        long end = options.duration() == null ? Long.MAX_VALUE : start + options.duration().toNanos();
        long firstOnline = 0;
        boolean live = false;
        boolean tokenShown = false;
        long nextDraw = 0;
        while (!stopRequested) {
            for (ThingEvent event = queue.poll(100, TimeUnit.MILLISECONDS); event != null; event = queue.poll()) {
                if (stopRequested) {
                    break; // what happens while the JVM shuts down is no news
                }
                if (!thing.equals(event.thing())) {
                    continue;
                }
                if (event instanceof ThingStatusEvent status) {
                    screen.message(status.logLine());
                    if ("ONLINE".equals(status.status()) && firstOnline == 0) {
                        firstOnline = System.nanoTime();
                    }
                    Optional<ExitCode> fatal = ExitCode.forStatus(status, firstOnline != 0);
                    if (fatal.isPresent()) {
                        screen.message(explain(fatal.get(), setup.host(), status));
                        return fatal.get();
                    }
                    tokens.onStatus(status);
                } else if (event instanceof ThingConfigurationEvent configuration) {
                    if (tokens.onConfiguration(configuration, setup.things, setup.keepsThingsFile())
                            && options.showToken() && !tokenShown) {
                        tokenShown = showToken(inspector, thing);
                    }
                } else if (event instanceof ChannelStateEvent state && live && options.eventLog()) {
                    screen.message(state.logLine());
                }
            }
            if (eventsFile != null) {
                eventsFile.check();
            }
            long now = System.nanoTime();
            if (!live && isOnline(log, thing) && !tokens.isWaiting() && (setup.usesToken() || tokens.hasStarted()
                    || now - firstOnline > TOKEN_FLOW_GRACE.toNanos())) {
                live = true;
                if (options.showToken() && !tokenShown) {
                    tokenShown = showToken(inspector, thing);
                }
                screen.message("");
                screen.message("Live readings" + (options.eventLog() ? " (event log):" : ":"));
            }
            if (live && !options.eventLog() && now >= nextDraw) {
                drawReadings(log, thing);
                nextDraw = now + REDRAW.toNanos();
            }
            if (firstOnline == 0 && now - start > FIRST_ONLINE_TIMEOUT.toNanos()) {
                screen.message("No KSEM answered at " + setup.host() + " within " + FIRST_ONLINE_TIMEOUT.toSeconds()
                        + " s. Check --host.");
                return ExitCode.UNREACHABLE;
            }
            if (now >= end) {
                if (live && screen.isTerminal() && !options.eventLog()) {
                    drawReadings(log, thing);
                    screen.keepTable();
                }
                screen.message("Stopped after " + options.duration().toSeconds() + " s.");
                return ExitCode.OK;
            }
        }
        screen.keepTable();
        screen.message("Stopped.");
        return ExitCode.INTERRUPTED;
    }

    private void drawReadings(EventLog log, String thing) {
        String status = log.status(thing).map(ThingStatusEvent::statusText).orElse("UNKNOWN");
        Map<String, ChannelStateEvent> states = log.states(thing);
        LocalTime now = LocalTime.now();
        if (screen.isTerminal()) {
            screen.table(LiveTable.table(thing, status, states, now));
        } else {
            screen.message(LiveTable.summary(thing, status, states, now));
        }
    }

    private boolean showToken(RuntimeInspector inspector, String thing) {
        // through the add-on's own console command, as an owner would copy it into a .things file
        String token = inspector.console("ksem", thing, "token", "show").trim();
        screen.message("Access token (--show-token): " + token);
        return true;
    }

    private int usage(String problem) {
        err.println(problem);
        err.println("Run ./run-demo --help for the options.");
        return ExitCode.USAGE.code();
    }

    private static boolean isOnline(EventLog log, String thing) {
        return log.status(thing).map(s -> "ONLINE".equals(s.status())).orElse(false);
    }

    private static String explain(ExitCode code, String host, ThingStatusEvent status) {
        return switch (code) {
            case UNREACHABLE -> "No KSEM answers at " + host + ": " + status.description()
                    + " Check --host (and that the KSEM is on the network).";
            case WRONG_PASSWORD -> "The KSEM at " + host + " rejected the password. Check --password.";
            case TOKEN_REJECTED -> "The KSEM at " + host + " rejected the access token (revoked, deleted or expired)."
                    + " Create a new one in its web interface (Profile → Access tokens) or use --password.";
            default -> "The Thing cannot run: " + status.logLine();
        };
    }

    private static void closeQuietly(EventsFile file) {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                // the lines written so far are flushed
            }
        }
    }
}
