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
package org.openhab.binding.ksem.internal.handler;

import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.ksem.internal.protocol.GdrDecoder;
import org.openhab.binding.ksem.internal.protocol.GdrVisitor;
import org.openhab.binding.ksem.internal.protocol.MalformedFrameException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One live-data WebSocket stream: decodes every frame and hands it to its channel mapper. A broken frame is counted and
 * skipped; it never reaches a channel.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class LiveStream {

    /** Frames are a few KiB; this bounds memory against a misbehaving peer. */
    public static final int MAX_FRAME_BYTES = 256 * 1024;

    private final Logger logger = LoggerFactory.getLogger(LiveStream.class);
    private final String path;
    private final GdrDecoder decoder = new GdrDecoder(MAX_FRAME_BYTES);
    private final GdrVisitor mapper;
    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong malformedFrames = new AtomicLong();

    public LiveStream(String path, GdrVisitor mapper) {
        this.path = path;
        this.mapper = mapper;
    }

    public String getPath() {
        return path;
    }

    /**
     * Decodes and maps one frame. Called on a WebSocket thread.
     *
     * @return true if the frame was valid and reached the channels
     */
    public boolean onFrame(byte[] data, int offset, int length) {
        try {
            synchronized (decoder) { // the decoder keeps state; frames of one socket arrive one by one anyway
                decoder.decode(data, offset, length, mapper);
            }
            frames.incrementAndGet();
            return true;
        } catch (MalformedFrameException e) {
            long count = malformedFrames.incrementAndGet();
            logger.debug("Skipped malformed frame #{} on {}: {}", count, path, e.getMessage());
            return false;
        } catch (RuntimeException e) {
            // a mapper bug must not kill the WebSocket thread; the frame is lost, the stream goes on
            long count = malformedFrames.incrementAndGet();
            logger.warn("Failed to process frame #{} on {}: {}", count, path, e.toString());
            return false;
        }
    }

    public long getFrameCount() {
        return frames.get();
    }

    public long getMalformedFrameCount() {
        return malformedFrames.get();
    }
}
