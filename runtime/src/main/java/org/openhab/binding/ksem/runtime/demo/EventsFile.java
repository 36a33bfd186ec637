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

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openhab.binding.ksem.runtime.api.ChannelStateEvent;
import org.openhab.binding.ksem.runtime.api.ThingEvent;
import org.openhab.binding.ksem.runtime.api.ThingEventListener;
import org.openhab.binding.ksem.runtime.api.ThingStatusEvent;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

/**
 * Writes status changes and channel updates as JSON lines: {@code thing}, {@code channel} (null for a status),
 * {@code state}, {@code unit}, {@code timestamp} (ISO-8601), and for statuses {@code detail} and
 * {@code description}. Every line is flushed, so that {@code tail -f} shows it at once.
 *
 * @author KSEM binding contributors
 */
final class EventsFile implements ThingEventListener, Closeable {

    private final Gson gson = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
    private final BufferedWriter writer;
    private volatile IOException failure;

    EventsFile(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    @Override
    public void onEvent(ThingEvent event) {
        JsonObject line = json(event);
        if (line == null) {
            return;
        }
        synchronized (writer) {
            try {
                writer.write(gson.toJson(line));
                writer.newLine();
                writer.flush();
            } catch (IOException e) {
                failure = e;
            }
        }
    }

    /** @throws UncheckedIOException if a line could not be written */
    void check() {
        IOException e = failure;
        if (e != null) {
            throw new UncheckedIOException("Writing the events file failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (writer) {
            writer.close();
        }
    }

    static JsonObject json(ThingEvent event) {
        JsonObject line = new JsonObject();
        line.addProperty("thing", event.thing());
        if (event instanceof ChannelStateEvent state) {
            line.addProperty("channel", state.channel());
            line.addProperty("state", state.state());
            line.addProperty("unit", state.unit());
        } else if (event instanceof ThingStatusEvent status) {
            line.add("channel", null);
            line.addProperty("state", status.status());
            line.add("unit", null);
            line.addProperty("detail", status.detail());
            line.addProperty("description", status.description());
        } else {
            return null; // configuration changes are no readings
        }
        line.addProperty("timestamp", event.timestamp().toString());
        return line;
    }
}
