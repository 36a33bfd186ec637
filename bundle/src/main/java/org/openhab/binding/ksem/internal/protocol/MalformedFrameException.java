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
package org.openhab.binding.ksem.internal.protocol;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Thrown when a binary frame is not a well-formed message of the expected schema. The message names the problem and
 * the byte offset (relative to the start of the frame); it never contains payload bytes, so it is safe to log.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class MalformedFrameException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String message;
    private final int offset;

    /**
     * @param problem what is wrong, without payload bytes
     * @param offset byte offset of the problem relative to the start of the frame
     */
    public MalformedFrameException(String problem, int offset) {
        super(describe(problem, offset));
        this.message = describe(problem, offset);
        this.offset = offset;
    }

    private static String describe(String problem, int offset) {
        return problem + " at offset " + offset;
    }

    /** @return what is wrong and where, e.g. "Truncated varint at offset 17"; never null */
    @Override
    public @NonNull String getMessage() {
        return message;
    }

    /** @return byte offset of the problem relative to the start of the frame */
    public int getOffset() {
        return offset;
    }
}
