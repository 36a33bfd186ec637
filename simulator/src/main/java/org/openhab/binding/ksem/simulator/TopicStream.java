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

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One value topic (e.g. {@code smart-meter}): samples its model once per frame, encodes and sends the same bytes to
 * every authenticated socket, and remembers the bytes last sent. Frames are produced under this object's lock, so
 * every socket sees them in the order they were sampled.
 */
final class TopicStream {

    private final String topic;
    private final String sourceId;
    private final String configUuid;
    private final boolean omitZeroValues;
    private final Supplier<GdrSample> sampler;
    private final Consumer<GdrSample> sentRecorder;
    private final Faults faults;
    private final Set<GdrSocket> subscribers = new CopyOnWriteArraySet<>();
    private volatile byte[] lastFrame;

    TopicStream(String topic, String sourceId, String configUuid, boolean omitZeroValues,
            Supplier<GdrSample> sampler, Consumer<GdrSample> sentRecorder, Faults faults) {
        this.topic = topic;
        this.sourceId = sourceId;
        this.configUuid = configUuid;
        this.omitZeroValues = omitZeroValues;
        this.sampler = sampler;
        this.sentRecorder = sentRecorder;
        this.faults = faults;
    }

    String topic() {
        return topic;
    }

    /** Adds an authenticated socket; it gets a frame at once unless the device is stalled. */
    synchronized void subscribe(GdrSocket socket) {
        if (!faults.isStalled() && !socket.push(nextFrame())) {
            return;
        }
        subscribers.add(socket);
    }

    void unsubscribe(GdrSocket socket) {
        subscribers.remove(socket);
    }

    /** Sends one frame to every subscriber; called once per frame interval. */
    synchronized void tick() {
        if (subscribers.isEmpty() || faults.isStalled()) {
            return;
        }
        byte[] frame = nextFrame();
        for (GdrSocket socket : subscribers) {
            if (!socket.push(frame)) {
                subscribers.remove(socket);
            }
        }
    }

    byte[] lastFrame() {
        byte[] frame = lastFrame;
        return frame == null ? null : frame.clone();
    }

    /** A fresh frame as the next tick would send it, but neither sent nor faulted; for soak tests. */
    byte[] encodeFrame() {
        return GdrFrameEncoder.encode(sourceId, sampler.get(), configUuid, omitZeroValues);
    }

    private byte[] nextFrame() {
        GdrSample sample = sampler.get();
        byte[] frame = GdrFrameEncoder.encode(sourceId, sample, configUuid, omitZeroValues);
        FrameFault fault = faults.takeFrameFault(topic);
        if (fault != null) {
            frame = fault.apply(frame, ThreadLocalRandom.current());
        } else {
            sentRecorder.accept(sample);
        }
        lastFrame = frame;
        return frame;
    }
}
