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

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shared, named thread pools. Each name maps to one JDK executor whose daemon threads are named
 * {@code OH-<name>-<n>}. The returned executors refuse to be shut down (as in openHAB, the pools are shared).
 *
 * @author Kai Kreuzer - Initial contribution (openHAB)
 */
@NonNullByDefault
public class ThreadPoolManager {

    public static final String CONFIGURATION_PID = "org.openhab.threadpool";
    public static final String THREAD_POOL_NAME_COMMON = "common";

    protected static final int DEFAULT_THREAD_POOL_SIZE = 5;
    protected static final long THREAD_TIMEOUT = 65L;
    protected static final long THREAD_MONITOR_SLEEP = 60000;

    private static final Logger LOGGER = LoggerFactory.getLogger(ThreadPoolManager.class);
    private static final Set<String> STOP_METHODS = Set.of("shutdown", "shutdownNow", "close");

    protected static Map<String, ExecutorService> pools = new ConcurrentHashMap<>();

    private static final Map<String, Integer> CONFIG = new ConcurrentHashMap<>();
    private static final Map<String, ExecutorService> UNSTOPPABLE = new ConcurrentHashMap<>();

    public ThreadPoolManager() {
    }

    protected void activate(Map<String, Object> properties) {
        modified(properties);
    }

    protected void modified(Map<String, Object> properties) {
        for (Map.Entry<String, Object> entry : properties.entrySet()) {
            String poolName = entry.getKey();
            Object config = entry.getValue();
            if (config == null || "service.pid".equals(poolName) || "component.name".equals(poolName)
                    || "component.id".equals(poolName)) {
                continue;
            }
            try {
                int poolSize = Integer.parseInt(config.toString().trim());
                CONFIG.put(poolName, poolSize);
                ExecutorService pool = pools.get(poolName);
                if (pool instanceof ThreadPoolExecutor executor) {
                    executor.setCorePoolSize(poolSize);
                }
            } catch (NumberFormatException e) {
                LOGGER.warn("Ignoring invalid configuration for pool '{}': {} - value must be an integer", poolName,
                        config);
            }
        }
    }

    /**
     * Returns a sequential scheduled executor; here simply a single-threaded pool of its own.
     */
    public static ScheduledExecutorService getPoolBasedSequentialScheduledExecutorService(String poolName,
            String threadName) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1,
                new NamedThreadFactory(poolName + "-" + threadName, true, Thread.NORM_PRIORITY));
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /**
     * Returns the shared scheduled pool of the given name, creating it on first use.
     *
     * @param poolName the name of the pool
     * @return the pool (never shut down by callers)
     * @throws IllegalArgumentException if a non-scheduled pool of that name exists
     */
    public static ScheduledExecutorService getScheduledPool(String poolName) {
        ExecutorService pool = pools.computeIfAbsent(poolName, name -> {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(getConfig(name),
                    new NamedThreadFactory(name, true, Thread.NORM_PRIORITY));
            executor.setKeepAliveTime(THREAD_TIMEOUT, TimeUnit.SECONDS);
            executor.allowCoreThreadTimeOut(true);
            executor.setRemoveOnCancelPolicy(true);
            return executor;
        });
        if (pool instanceof ScheduledExecutorService) {
            return (ScheduledExecutorService) unstoppable(poolName, pool, ScheduledExecutorService.class);
        }
        throw new IllegalArgumentException("Pool " + poolName + " is not a scheduled pool!");
    }

    /**
     * Returns the shared (non-scheduled) pool of the given name, creating it on first use.
     *
     * @param poolName the name of the pool
     * @return the pool (never shut down by callers)
     */
    public static ExecutorService getPool(String poolName) {
        ExecutorService pool = pools.computeIfAbsent(poolName, name -> {
            int size = getConfig(name);
            ThreadPoolExecutor executor = new ThreadPoolExecutor(size, size, THREAD_TIMEOUT, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), new NamedThreadFactory(name, true, Thread.NORM_PRIORITY));
            executor.allowCoreThreadTimeOut(true);
            return executor;
        });
        return unstoppable(poolName, pool, ExecutorService.class);
    }

    protected static int getConfig(String poolName) {
        Integer cfg = CONFIG.get(poolName);
        return cfg != null ? cfg : DEFAULT_THREAD_POOL_SIZE;
    }

    public static Set<String> getPoolNames() {
        return Set.copyOf(pools.keySet());
    }

    private static ExecutorService unstoppable(String poolName, ExecutorService pool,
            Class<? extends ExecutorService> type) {
        return UNSTOPPABLE.computeIfAbsent(poolName + "#" + type.getName(), key -> {
            InvocationHandler handler = (proxy, method, args) -> invoke(proxy, poolName, pool, method, args);
            return type.cast(Proxy.newProxyInstance(ThreadPoolManager.class.getClassLoader(), new Class<?>[] { type },
                    handler));
        });
    }

    private static @Nullable Object invoke(Object proxy, String poolName, ExecutorService pool, Method method,
            @Nullable Object @Nullable [] args) throws Throwable {
        if (STOP_METHODS.contains(method.getName()) && method.getParameterCount() == 0) {
            LOGGER.warn("{}() invoked on the shared thread pool '{}'. This is a bug, please submit a bug report.",
                    method.getName(), poolName, new IllegalStateException());
            return "shutdownNow".equals(method.getName()) ? List.of() : null;
        }
        if (method.getDeclaringClass() == Object.class) {
            switch (method.getName()) {
                case "toString":
                    return "ThreadPool[" + poolName + "]";
                case "hashCode":
                    return System.identityHashCode(pool) + 1;
                case "equals":
                    return args != null && args.length == 1 && args[0] == proxy;
                default:
                    break;
            }
        }
        try {
            return method.invoke(pool, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause != null ? cause : e;
        }
    }
}
