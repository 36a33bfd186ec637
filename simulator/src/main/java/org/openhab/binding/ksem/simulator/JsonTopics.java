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
package org.openhab.binding.ksem.simulator;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.google.gson.JsonObject;

/**
 * The JSON topics of the data-transfer bridge ({@code /api/data-transfer/ws/json/<topic>}, api §3.1, §3.6): which
 * sockets are open on which path, who subscribed to what (MQTT filters with {@code +}), and the push of changes.
 */
final class JsonTopics {

    /** Servlet path of the JSON streams; the topic filter follows. */
    static final String PATH_PREFIX = "/api/data-transfer/ws/json/";
    static final String CHARGEMODE = "json/local/config/e-mobility/chargemode";
    private static final String EVSE_PREFIX = "json/local/evse/";
    private static final String STATE_SUFFIX = "/state";

    private final WallboxModel model;
    private final Map<JsonTopicSocket, String> open = new ConcurrentHashMap<>();
    private final Set<JsonTopicSocket> subscribers = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicLong> opened = new ConcurrentHashMap<>();

    JsonTopics(WallboxModel model) {
        this.model = model;
    }

    static String evseStateTopic(String uuid) {
        return EVSE_PREFIX + uuid + STATE_SUFFIX;
    }

    /** Whether the device offers this topic filter (the chargemode topic or an evse state topic, {@code +} allowed). */
    static boolean isKnownFilter(String filter) {
        if (CHARGEMODE.equals(filter)) {
            return true;
        }
        if (filter.startsWith(EVSE_PREFIX) && filter.endsWith(STATE_SUFFIX)) {
            String id = filter.substring(EVSE_PREFIX.length(), filter.length() - STATE_SUFFIX.length());
            return !id.isEmpty() && !id.contains("/");
        }
        return false;
    }

    /** MQTT matching with the single-level wildcard {@code +}. */
    static boolean matches(String filter, String topic) {
        String[] filterLevels = filter.split("/", -1);
        String[] topicLevels = topic.split("/", -1);
        if (filterLevels.length != topicLevels.length) {
            return false;
        }
        for (int i = 0; i < filterLevels.length; i++) {
            if (!"+".equals(filterLevels[i]) && !filterLevels[i].equals(topicLevels[i])) {
                return false;
            }
        }
        return true;
    }

    void opened(JsonTopicSocket socket, String path) {
        open.put(socket, path);
        opened.computeIfAbsent(path, p -> new AtomicLong()).incrementAndGet();
    }

    /** WebSockets opened on this exact path since the start. */
    long openedSockets(String path) {
        AtomicLong count = opened.get(path);
        return count == null ? 0 : count.get();
    }

    void closed(JsonTopicSocket socket) {
        open.remove(socket);
        subscribers.remove(socket);
    }

    /** Open sockets (authenticated or not) on this exact request path. */
    int openSockets(String path) {
        int count = 0;
        for (String socketPath : open.values()) {
            if (socketPath.equals(path)) {
                count++;
            }
        }
        return count;
    }

    int openSockets() {
        return open.size();
    }

    /** Adds an authenticated socket and sends it the current value of every topic it matches. */
    void subscribe(JsonTopicSocket socket) {
        subscribers.add(socket);
        for (JsonObject message : model.retained()) {
            if (matches(socket.filter(), message.get("topic").getAsString())) {
                socket.push(message);
            }
        }
    }

    void publish(JsonObject message) {
        String topic = message.get("topic").getAsString();
        for (JsonTopicSocket socket : subscribers) {
            if (matches(socket.filter(), topic)) {
                socket.push(message);
            }
        }
    }

    void disconnectAll() {
        open.keySet().forEach(JsonTopicSocket::disconnect);
    }
}
