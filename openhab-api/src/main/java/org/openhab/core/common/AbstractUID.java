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

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A non-empty, immutable list of {@code :}-separated segments; equal when class and segments are equal.
 *
 * @author Markus Rathgeb - Initial contribution (openHAB)
 */
@NonNullByDefault
public abstract class AbstractUID {

    public static final String SEPARATOR = ":";

    private static final Pattern SEGMENT_PATTERN = Pattern.compile("[\\w-]*");

    private final List<String> segments;
    private int hash;

    /**
     * Constructor for reflection-based creation (segments are empty); must not be used otherwise.
     */
    protected AbstractUID() {
        segments = List.of();
    }

    /**
     * Parses a UID from its string form.
     *
     * @param uid the UID, segments separated by {@value #SEPARATOR}
     */
    protected AbstractUID(String uid) {
        this(splitToSegments(uid));
    }

    protected AbstractUID(String... segments) {
        this(Arrays.asList(segments));
    }

    protected AbstractUID(List<String> segments) {
        int numberOfSegments = segments.size();
        int minNumberOfSegments = getMinimalNumberOfSegments();
        if (numberOfSegments < minNumberOfSegments) {
            throw new IllegalArgumentException(
                    String.format("UID must have at least %d segments: %s", minNumberOfSegments, segments));
        }
        for (int i = 0; i < numberOfSegments; i++) {
            validateSegment(segments.get(i), i, numberOfSegments);
        }
        this.segments = List.copyOf(segments);
    }

    private static List<String> splitToSegments(String id) {
        return Arrays.asList(id.split(SEPARATOR));
    }

    /**
     * @return the minimal number of segments a UID of this kind consists of
     */
    protected abstract int getMinimalNumberOfSegments();

    protected List<String> getAllSegments() {
        return segments;
    }

    protected String getSegment(int segment) {
        return segments.get(segment);
    }

    /**
     * @return whether the segment consists of word characters and hyphens only
     */
    public static boolean isValid(@Nullable String segment) {
        return segment != null && SEGMENT_PATTERN.matcher(segment).matches();
    }

    protected void validateSegment(String segment, int index, int length) {
        if (!isValid(segment)) {
            throw new IllegalArgumentException(String.format(
                    "ID segment '%s' contains invalid characters. Each segment of the ID must match the pattern %s.",
                    segment, SEGMENT_PATTERN));
        }
    }

    @Override
    public String toString() {
        return getAsString();
    }

    public String getAsString() {
        return String.join(SEPARATOR, segments);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = 31 + segments.hashCode();
            hash = h;
        }
        return h;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        return segments.equals(((AbstractUID) obj).segments);
    }
}
