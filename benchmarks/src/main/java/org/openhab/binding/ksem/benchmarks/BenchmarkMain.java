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
package org.openhab.binding.ksem.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openhab.binding.ksem.internal.handler.FrameBenchmarks;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole suite and prints the figures and a PASS/MISS line per target; see BENCHMARKS.md.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar [quick|full] [--only jmh,e2e,stream,meters,jar] [--addon-jar FILE] [--strict]
 * java -jar benchmarks/target/benchmarks.jar jmh [JMH options]       plain JMH, e.g. "jmh FrameBenchmarks -prof gc"
 * </pre>
 *
 * The JMH benchmarks run in a JVM forked by JMH; each harness runs in a JVM of its own (the "openHAB" JVM) and starts
 * its simulators in yet another one, so that no run disturbs the figures of the next.
 *
 * @author KSEM binding contributors
 */
public final class BenchmarkMain {

    private static final Set<String> PARTS = Set.of("jmh", "e2e", "stream", "meters", "jar");
    private static final long JAR_LIMIT_BYTES = 300 * 1024;
    /** A typical openHAB heap for the openHAB-side JVM of the harnesses. */
    private static final List<String> OPENHAB_JVM = List.of("-Xms192m", "-Xmx768m", "-XX:+UseG1GC");

    private final boolean full;
    private final Set<String> parts;
    private final Path addonJar;
    private final Path outputDir;
    private final Map<String, String> r = new LinkedHashMap<>();
    private final List<String> targets = new ArrayList<>();
    private int misses;

    private BenchmarkMain(boolean full, Set<String> parts, Path addonJar, Path outputDir) {
        this.full = full;
        this.parts = parts;
        this.addonJar = addonJar;
        this.outputDir = outputDir;
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && "jmh".equals(args[0])) {
            org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        boolean full = false;
        boolean strict = false;
        Set<String> parts = new LinkedHashSet<>(List.of("jmh", "e2e", "stream", "meters", "jar"));
        Path addonJar = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "quick" -> full = false;
                case "full" -> full = true;
                case "--strict" -> strict = true;
                case "--only" -> {
                    parts = new LinkedHashSet<>(Arrays.asList(args[++i].split(",")));
                    if (!PARTS.containsAll(parts)) {
                        usage("unknown part in " + parts);
                    }
                }
                case "--addon-jar" -> addonJar = Path.of(args[++i]);
                default -> usage("unknown argument " + args[i]);
            }
        }
        BenchmarkMain main = new BenchmarkMain(full, parts, addonJar != null ? addonJar : findAddonJar(),
                outputDirectory());
        main.run();
        System.exit(strict && main.misses > 0 ? 1 : 0);
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: java -jar benchmarks.jar [quick|full] [--only jmh,e2e,stream,meters,jar] "
                + "[--addon-jar FILE] [--strict]\n       java -jar benchmarks.jar jmh [JMH options]");
        System.exit(2);
    }

    private void run() throws Exception {
        String mode = full ? "full" : "quick";
        long start = System.nanoTime();
        System.out.println("KSEM binding benchmarks, " + mode + " mode, "
                + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        System.out.println("Machine: " + Machine.describe());
        System.out.println("Load average before: " + Machine.loadAverage());
        System.out.println();
        if (parts.contains("jmh")) {
            runJmh();
        }
        for (String harness : List.of("e2e", "stream", "meters")) {
            if (parts.contains(harness)) {
                runHarness(harness, mode);
            }
        }
        if (parts.contains("jar") && addonJar != null && Files.isRegularFile(addonJar)) {
            r.put("jar.bytes", Long.toString(Files.size(addonJar)));
        }
        printFigures();
        printTargets();
        System.out.println();
        System.out.printf(Locale.ROOT, "Load average after: %s; took %.1f min%n", Machine.loadAverage(),
                (System.nanoTime() - start) / 60e9);
    }

    // --- running ---

    @SuppressWarnings("rawtypes") // JMH's getSecondaryResults() is Map<String, Result>
    private void runJmh() throws Exception {
        Path log = outputDir.resolve("jmh-" + (full ? "full" : "quick") + ".log");
        System.err.println("Running JMH (FrameBenchmarks, -prof gc); log: " + log);
        ChainedOptionsBuilder options = new OptionsBuilder().include(FrameBenchmarks.class.getName() + "\\.")
                .addProfiler(GCProfiler.class).forks(1).shouldFailOnError(true).output(log.toString());
        if (full) {
            options.warmupIterations(3).warmupTime(TimeValue.seconds(2)).measurementIterations(5)
                    .measurementTime(TimeValue.seconds(2));
        } else {
            options.warmupIterations(2).warmupTime(TimeValue.seconds(1)).measurementIterations(3)
                    .measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            Result<?> primary = result.getPrimaryResult();
            r.put("jmh." + name + ".ns", Double.toString(primary.getScore()));
            r.put("jmh." + name + ".nsError", Double.toString(primary.getScoreError()));
            for (var secondary : result.getSecondaryResults().entrySet()) {
                if (secondary.getKey().endsWith("gc.alloc.rate.norm")) {
                    r.put("jmh." + name + ".bytes", Double.toString(secondary.getValue().getScore()));
                }
            }
        }
    }

    private void runHarness(String harness, String mode) throws IOException, InterruptedException {
        System.err.println("Running harness " + harness + " (" + mode + ")");
        Process process = ChildJvm.builder(OPENHAB_JVM, "KSEM_BENCH_JVM_OPTS", HarnessMain.class, List.of(harness, mode))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        process.getOutputStream().close();
        try (InputStream stream = process.getInputStream();
                BufferedReader out = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("RESULT ") && line.indexOf('=') > 0) {
                    int eq = line.indexOf('=');
                    r.put(line.substring(7, eq), line.substring(eq + 1));
                } else {
                    System.err.println("  " + line);
                }
            }
        }
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            System.err.println("Harness " + harness + " failed (exit " + process.exitValue() + ")");
            r.put(harness + ".failed", "true");
        }
    }

    // --- reporting ---

    private void printFigures() {
        System.out.println();
        if (r.containsKey("jmh.meterBinding.ns")) {
            System.out.println("1. Decode + map one frame to channel states (JMH avgt, 1 fork, -prof gc)");
            System.out.println("                                                         time/frame      allocated/frame");
            for (String frame : List.of("meter", "energyFlow")) {
                String title = "meter".equals(frame) ? "smart-meter (59 OBIS values -> 64 states)"
                        : "sumvalues (18 flex + 8 OBIS values -> 15 states)";
                System.out.println("   " + title);
                jmhLine("binding: LiveStream/GdrDecoder -> mapper -> publisher", frame + "Binding");
                jmhLine("baseline: protobuf-java parseFrom -> same mapper", frame + "ProtobufJava");
                jmhLine("states only (the published State objects)", frame + "StatesOnly");
                jmhLine("decode only, binding (no states)", frame + "DecodeOnlyBinding");
                jmhLine("decode only, protobuf-java (no states)", frame + "DecodeOnlyProtobufJava");
                jmhLine("whole-unit values: binding", frame + "BindingWholeUnits");
                jmhLine("whole-unit values: states only", frame + "StatesOnlyWholeUnits");
                jmhLine("binding, default 5 s update interval, 1 frame/s", frame + "BindingDefaultInterval");
                System.out.printf(Locale.ROOT,
                        "     ratio protobuf-java / binding: decode+map %.2fx, decode only %.2fx%n",
                        ratio(frame + "ProtobufJava", frame + "Binding"),
                        ratio(frame + "DecodeOnlyProtobufJava", frame + "DecodeOnlyBinding"));
                System.out.printf(Locale.ROOT,
                        "     the states' share of decode+map: %.0f %% of the time, %.0f %% of the bytes; a decoder and"
                                + " mapper costing nothing would be %.2fx faster than the baseline%n",
                        100 * num("jmh." + frame + "StatesOnly.ns") / num("jmh." + frame + "Binding.ns"),
                        100 * num("jmh." + frame + "StatesOnly.bytes") / num("jmh." + frame + "Binding.bytes"),
                        ratio(frame + "ProtobufJava", frame + "StatesOnly"));
                System.out.printf(Locale.ROOT,
                        "     binding minus states only: whole-unit frame %+.0f B, real frame %+.0f B per frame%n",
                        beyondStates(frame), num("jmh." + frame + "Binding.bytes") - num("jmh." + frame + "StatesOnly.bytes"));
            }
            System.out.println("     (real-frame states allocate differently at different call depths: openHAB's unit library throws and");
            System.out.println("      catches an ArithmeticException with a stack trace for every non-integral quantity; see BENCHMARKS.md)");
        }
        if (r.containsKey("e2e.p99us")) {
            System.out.println();
            System.out.printf("2. End to end on loopback: simulator samples a frame -> stateUpdated(device#last-reading)%n");
            System.out.printf("   %s frames at %s frames/s (interval %s ms, both streams), update interval 0, all channels linked%n",
                    r.get("e2e.frames"), r.get("e2e.rateHz"), r.get("e2e.intervalMs"));
            System.out.printf("   p50 %s us   p90 %s us   p99 %s us   p99.9 %s us   max %s us   (min %s, mean %s)%n",
                    r.get("e2e.p50us"), r.get("e2e.p90us"), r.get("e2e.p99us"), r.get("e2e.p999us"),
                    r.get("e2e.maxus"), r.get("e2e.minus"), r.get("e2e.meanus"));
            System.out.printf("   frames sent by the simulator / reached the last channel in the window: %s / %s%n",
                    r.get("e2e.sentInWindow"), r.get("e2e.receivedInWindow"));
        }
        if (r.containsKey("stream.processCpuSecondsPerHour")) {
            System.out.println();
            System.out.println("3. One meter streaming, all channels linked, update interval 0 (openHAB JVM only)");
            streamLines("stream", "measured at " + r.get("stream.intervalMs") + " ms/frame, scaled to 1 Hz");
            if (r.containsKey("stream1hz.processCpuSecondsPerHour")) {
                streamLines("stream1hz", "measured at a real 1 Hz");
            }
            System.out.printf("   logins over the whole %s s run (password, login lifetime %s s): %s%n",
                    r.get("stream.runSeconds"), r.get("stream.loginLifetimeSeconds"), r.get("stream.loginsWholeRun"));
        }
        if (r.containsKey("meters.ten.threads")) {
            System.out.println();
            System.out.println("4. Ten meters in one openHAB JVM (1 Hz each, access tokens, shared openHAB clients)");
            System.out.println("                   threads  heap after GC  heap committed  sockets  TCP to meters      RSS");
            for (String at : List.of("none", "one", "ten")) {
                String p = "meters." + at;
                System.out.printf(Locale.ROOT, "   %-12s %8s %10.1f MiB %11.1f MiB %8s %14s %6.1f MiB%n",
                        "none".equals(at) ? "no meter" : "one".equals(at) ? "1 meter" : "10 meters",
                        r.get(p + ".threads"), num(p + ".heapKiB") / 1024, num(p + ".committedKiB") / 1024,
                        r.get(p + ".sockets"), r.get(p + ".meterConnections"), num(p + ".rssKiB") / 1024);
            }
            System.out.printf(Locale.ROOT, "   per meter (1 -> 10 meters): %.1f threads, %.0f KiB heap, %.1f sockets%n",
                    (num("meters.ten.threads") - num("meters.one.threads")) / 9,
                    (num("meters.ten.heapKiB") - num("meters.one.heapKiB")) / 9,
                    (num("meters.ten.sockets") - num("meters.one.sockets")) / 9);
            System.out.println("   new threads, 0 -> 1 meter: " + r.get("meters.newThreadsOne"));
            System.out.println("   new threads, 1 -> 10 meters: " + r.get("meters.newThreadsTen"));
            System.out.printf("   threads with 10 meters: %s%n", r.get("meters.ten.threadGroups"));
            System.out.printf("   %s frames per meter per second; REST calls per meter per minute %s; logins %s%n",
                    r.get("meters.framesPerMeterPerSecond"), r.get("meters.restPerMeterPerMinute"),
                    r.get("meters.logins"));
        }
        if (r.containsKey("jar.bytes")) {
            System.out.println();
            System.out.printf(Locale.ROOT, "5. Add-on jar: %s, %.1f KiB%n", addonJar, num("jar.bytes") / 1024);
        }
    }

    private void jmhLine(String label, String benchmark) {
        String key = "jmh." + benchmark;
        if (!r.containsKey(key + ".ns")) {
            return;
        }
        System.out.printf(Locale.ROOT, "     %-52s %8.2f +- %-6.2f us %10.0f B%n", label, num(key + ".ns") / 1000,
                num(key + ".nsError") / 1000, num(key + ".bytes"));
    }

    private void streamLines(String p, String how) {
        System.out.printf("   %s: %s s, %s smart-meter + %s sumvalues frames, %s states per frame pair%n", how,
                r.get(p + ".windowSeconds"), r.get(p + ".meterFrames"), r.get(p + ".flowFrames"),
                r.get(p + ".statesPerPair"));
        System.out.printf(
                "     per frame pair: process CPU %s us (Java threads %s us), allocated %s KiB; GC %s ms in %s collections%n",
                r.get(p + ".processCpuUsPerPair"), r.get(p + ".threadCpuUsPerPair"), r.get(p + ".allocKiBPerPair"),
                r.get(p + ".gcMillis"), r.get(p + ".gcCount"));
        System.out.printf("     per hour at 1 Hz: process CPU %s s (Java threads %s s), allocated %s MiB%n",
                r.get(p + ".processCpuSecondsPerHour"), r.get(p + ".threadCpuSecondsPerHour"),
                r.get(p + ".allocMiBPerHour"));
        System.out.printf("     REST calls while streaming: %s (%s device-health polls, %s other), %s per minute%n",
                r.get(p + ".restCalls"), r.get(p + ".healthCalls"), r.get(p + ".restOtherCalls"),
                r.get(p + ".restPerMinute"));
    }

    private void printTargets() {
        System.out.println();
        System.out.println("TARGETS");
        if (r.containsKey("jmh.meterBinding.ns")) {
            for (String frame : List.of("meter", "energyFlow")) {
                String name = "meter".equals(frame) ? "smart-meter" : "sumvalues";
                double ratio = ratio(frame + "ProtobufJava", frame + "Binding");
                target(ratio >= 5, "decode+map >= 5x faster than protobuf-java, " + name + " frame",
                        String.format(Locale.ROOT, "%.2fx (at most %.2fx possible; decode only %.2fx)", ratio,
                                ratio(frame + "ProtobufJava", frame + "StatesOnly"),
                                ratio(frame + "DecodeOnlyProtobufJava", frame + "DecodeOnlyBinding")));
                double beyond = beyondStates(frame);
                target(beyond <= 1024, "<= 1 KiB allocated per frame beyond the states, " + name + " frame",
                        String.format(Locale.ROOT, "%.0f B (whole-unit frame: %.0f B total, states %.0f B)", beyond,
                                num("jmh." + frame + "BindingWholeUnits.bytes"),
                                num("jmh." + frame + "StatesOnlyWholeUnits.bytes")));
            }
        }
        if (r.containsKey("e2e.p99us")) {
            target(num("e2e.p99us") < 5000, "end-to-end p99 < 5 ms on loopback",
                    String.format(Locale.ROOT, "p99 %.2f ms over %s frames", num("e2e.p99us") / 1000,
                            r.get("e2e.frames")));
        }
        if (r.containsKey("meters.ten.threads")) {
            double growth = num("meters.ten.threads") - num("meters.one.threads");
            boolean named = r.get("meters.ten.threadGroups").toLowerCase(Locale.ROOT).contains("ksem");
            target(growth < 9 && !named, "no own thread per meter",
                    String.format(Locale.ROOT, "1 -> 10 meters: %+.0f threads (shared pools)%s", growth,
                            named ? ", a thread is named after the binding" : ""));
        }
        if (r.containsKey("stream.restCalls") || r.containsKey("meters.restCalls")) {
            List<String> parts = new ArrayList<>();
            boolean ok = true;
            for (String p : List.of("stream", "stream1hz")) {
                if (r.containsKey(p + ".restCalls")) {
                    ok &= num(p + ".restOtherCalls") == 0 && num(p + ".healthCalls") <= healthPolls(p);
                    parts.add(String.format(Locale.ROOT, "%s: %s health + %s other in %.0f s", p,
                            r.get(p + ".healthCalls"), r.get(p + ".restOtherCalls"), num(p + ".windowSeconds")));
                }
            }
            if (r.containsKey("meters.restCalls")) {
                ok &= num("meters.restOtherCalls") == 0
                        && num("meters.restCalls") <= healthPolls("meters") * num("meters.count");
                parts.add(String.format(Locale.ROOT, "10 meters: %s per meter per minute, %s other",
                        r.get("meters.restPerMeterPerMinute"), r.get("meters.restOtherCalls")));
            }
            target(ok, "zero REST polling for live values (only the 60 s health poll)", String.join("; ", parts));
        }
        if (r.containsKey("stream.loginsWholeRun")) {
            double allowed = Math.ceil(num("stream.runSeconds") / num("stream.loginLifetimeSeconds"));
            boolean ok = num("stream.loginsWholeRun") <= allowed
                    && (!r.containsKey("meters.logins") || num("meters.logins") == 0);
            target(ok, "at most one login per token lifetime",
                    String.format(Locale.ROOT, "%s login(s) in %s s with the password%s", r.get("stream.loginsWholeRun"),
                            r.get("stream.runSeconds"),
                            r.containsKey("meters.logins") ? "; " + r.get("meters.logins") + " with access tokens" : ""));
        }
        if (r.containsKey("jar.bytes")) {
            target(num("jar.bytes") < JAR_LIMIT_BYTES, "add-on jar < 300 KiB",
                    String.format(Locale.ROOT, "%.1f KiB", num("jar.bytes") / 1024));
        } else if (parts.contains("jar")) {
            target(false, "add-on jar < 300 KiB", "no add-on jar found (build bundle/ or pass --addon-jar)");
        }
        for (String harness : List.of("e2e", "stream", "meters")) {
            if (r.containsKey(harness + ".failed")) {
                target(false, "harness " + harness + " completed", "failed; see the messages above");
            }
        }
        targets.forEach(System.out::println);
        System.out.printf("%d of %d targets met%n", targets.size() - misses, targets.size());
    }

    private void target(boolean met, String what, String measured) {
        if (!met) {
            misses++;
        }
        targets.add(String.format("  %-4s  %-62s %s", met ? "PASS" : "MISS", what, measured));
    }

    /** The most health polls a 60 s period can put into the measured window of a run. */
    private double healthPolls(String run) {
        return Math.floor(num(run + ".windowSeconds") / 60) + 1;
    }

    /** What the binding allocates per frame beyond the states, measured where the states cost the same. */
    private double beyondStates(String frame) {
        return num("jmh." + frame + "BindingWholeUnits.bytes") - num("jmh." + frame + "StatesOnlyWholeUnits.bytes");
    }

    private double ratio(String slow, String fast) {
        return num("jmh." + slow + ".ns") / num("jmh." + fast + ".ns");
    }

    private double num(String key) {
        String value = r.get(key);
        if (value == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    // --- locations ---

    /** The directory of the benchmarks jar (benchmarks/target), else the working directory. */
    private static Path outputDirectory() {
        try {
            Path location = Path.of(BenchmarkMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? location.getParent() : Path.of(".");
        } catch (Exception e) {
            return Path.of(".");
        }
    }

    /** The add-on jar the build recorded, else bundle/target/org.openhab.binding.ksem-*.jar near here. */
    private static Path findAddonJar() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BenchmarkMain.class.getResourceAsStream("/ksem-benchmarks.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        String recorded = properties.getProperty("addonJar");
        if (recorded != null && Files.isRegularFile(Path.of(recorded))) {
            return Path.of(recorded).normalize();
        }
        for (Path dir : List.of(Path.of("bundle/target"), Path.of("../bundle/target"),
                outputDirectory().resolve("../../bundle/target"))) {
            if (Files.isDirectory(dir)) {
                try (DirectoryStream<Path> jars = Files.newDirectoryStream(dir, "org.openhab.binding.ksem-*.jar")) {
                    for (Path jar : jars) {
                        String name = jar.getFileName().toString();
                        if (!name.endsWith("-sources.jar") && !name.endsWith("-tests.jar")) {
                            return jar.normalize();
                        }
                    }
                }
            }
        }
        return null;
    }
}
