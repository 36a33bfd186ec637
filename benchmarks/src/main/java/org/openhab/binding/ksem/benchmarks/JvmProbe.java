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

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What this JVM uses: CPU and allocation per thread, process CPU, GC, heap after GC, threads, sockets, RSS. The
 * socket and RSS figures read Linux's {@code /proc}; elsewhere they are -1.
 *
 * @author KSEM binding contributors
 */
public final class JvmProbe {

    /** CPU time and allocated bytes of every live thread, and process-wide counters, at one moment. */
    public record Snapshot(long wallNanos, long processCpuNanos, long gcMillis, long gcCount,
            Map<Long, ThreadUse> threads) {

        /** The use between {@code earlier} and this snapshot; threads that ended in between are not counted. */
        public Use since(Snapshot earlier) {
            long cpu = 0;
            long allocated = 0;
            for (Map.Entry<Long, ThreadUse> entry : threads.entrySet()) {
                ThreadUse before = earlier.threads.get(entry.getKey());
                ThreadUse now = entry.getValue();
                cpu += now.cpuNanos - (before == null ? 0 : before.cpuNanos);
                allocated += now.allocatedBytes - (before == null ? 0 : before.allocatedBytes);
            }
            return new Use(wallNanos - earlier.wallNanos, processCpuNanos - earlier.processCpuNanos, cpu, allocated,
                    gcMillis - earlier.gcMillis, gcCount - earlier.gcCount);
        }
    }

    public record ThreadUse(String name, long cpuNanos, long allocatedBytes) {
    }

    /**
     * @param threadCpuNanos CPU of the Java threads (the code that runs: the binding, Jetty, the stub callback)
     * @param processCpuNanos CPU of the whole process (adds the JVM's own threads: GC, JIT compiler)
     */
    public record Use(long wallNanos, long processCpuNanos, long threadCpuNanos, long allocatedBytes, long gcMillis,
            long gcCount) {
    }

    private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
            .getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS = (com.sun.management.OperatingSystemMXBean) ManagementFactory
            .getOperatingSystemMXBean();

    private JvmProbe() {
    }

    public static Snapshot snapshot() {
        long[] ids = THREADS.getAllThreadIds();
        long[] cpu = THREADS.getThreadCpuTime(ids);
        long[] allocated = THREADS.getThreadAllocatedBytes(ids);
        ThreadInfo[] infos = THREADS.getThreadInfo(ids);
        Map<Long, ThreadUse> threads = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            if (infos[i] != null && cpu[i] >= 0) {
                threads.put(ids[i], new ThreadUse(infos[i].getThreadName(), cpu[i], Math.max(0, allocated[i])));
            }
        }
        long gcMillis = 0;
        long gcCount = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, gc.getCollectionTime());
            gcCount += Math.max(0, gc.getCollectionCount());
        }
        return new Snapshot(System.nanoTime(), OS.getProcessCpuTime(), gcMillis, gcCount, threads);
    }

    /** Heap in use after full collections (System.gc() is a full, stop-the-world collection with G1). */
    public static long heapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** Heap the JVM has committed (G1 sizes it after the allocation rate, so it grows with traffic). */
    public static long heapCommitted() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
    }

    /** Names of the live threads. */
    public static List<String> threadNames() {
        List<String> names = new ArrayList<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null) {
                names.add(info.getThreadName());
            }
        }
        return names;
    }

    /** Thread names with their numbers taken out, counted: "OH-httpClient-common-#" → 10. */
    public static Map<String, Integer> threadGroups(List<String> names) {
        Map<String, Integer> groups = new TreeMap<>();
        for (String name : names) {
            groups.merge(name.replaceAll("@[0-9a-fA-F]+", "@hash").replaceAll("\\d+", "#"), 1, Integer::sum);
        }
        return groups;
    }

    /** Open socket file descriptors of this process, or -1 where /proc is missing. */
    public static int openSockets() {
        return Files.isDirectory(Path.of("/proc/self/fd")) ? socketInodes().size() : -1;
    }

    /** Established TCP connections of this process to one of {@code remotePorts}, or -1 where /proc is missing. */
    public static int connectionsTo(Set<Integer> remotePorts) {
        Set<String> own = socketInodes();
        if (!Files.isReadable(Path.of("/proc/net/tcp"))) {
            return -1;
        }
        int count = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length < 10 || !f[0].endsWith(":") || !"01".equals(f[3])) {
                        continue; // header or not ESTABLISHED
                    }
                    int remotePort = Integer.parseInt(f[2].substring(f[2].indexOf(':') + 1), 16);
                    if (remotePorts.contains(remotePort) && own.contains(f[9])) {
                        count++;
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no IPv6 table, or an unexpected format: count what was read
            }
        }
        return count;
    }

    /** Resident set size in KiB, or -1 where /proc is missing. */
    public static long residentKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    private static Set<String> socketInodes() {
        Set<String> inodes = new HashSet<>();
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return inodes;
        }
        try (Stream<Path> list = Files.list(fds)) {
            list.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            });
        } catch (IOException e) {
            // not readable
        }
        return inodes;
    }
}
