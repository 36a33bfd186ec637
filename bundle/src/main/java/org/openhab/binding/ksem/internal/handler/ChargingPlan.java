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

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ksem.internal.api.dto.TimeBasedChargeEntry;
import org.openhab.binding.ksem.internal.api.dto.TimeBasedChargeSlot;

/**
 * The KSEM's weekly time-based charging plan (api §4, §7.14) in the text form of the Thing actions: switching points
 * separated by commas, semicolons or line breaks, each {@code <weekday> <HH:00> <mode>}, e.g.
 * {@code "MON 08:00 pv, MON 18:00 off, SAT 10:00 hybrid"}. Weekdays {@code MON … SUN} (or the full English names),
 * modes {@code off}, {@code grid}, {@code pv}, {@code hybrid}; the KSEM honours whole hours only, so minutes other than
 * 00 are refused. A switching point is valid until the next one; the plan repeats every week. The empty text is the
 * empty plan.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ChargingPlan {

    /** Device order: weekday 0 = Sunday (api §4). */
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
    private static final List<String> FULL_DAYS = List.of("SUNDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY",
            "FRIDAY", "SATURDAY");
    /** Device order: charge mode 0 off, 1 grid, 2 pv, 3 hybrid (api §4). */
    private static final List<String> MODES = List.of("off", "grid", "pv", "hybrid");
    private static final Pattern POINT = Pattern.compile("([A-Za-z]+)\\s+(\\d{1,2}):(\\d{2})\\s+([A-Za-z]+)");
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\r\\n]+");
    /** The answer's times lie in the week that starts on Sunday 2017-12-31 (api §4). */
    private static final LocalDate REFERENCE_SUNDAY = LocalDate.of(2017, 12, 31);
    private static final Pattern START_TIME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2}).*");

    /**
     * One switching point.
     *
     * @param weekday 0 = Sunday … 6 = Saturday
     * @param hour 0 … 23
     * @param mode 0 off, 1 grid, 2 pv, 3 hybrid
     */
    public record Point(int weekday, int hour, int mode) {
    }

    private final List<Point> points;

    private ChargingPlan(List<Point> points) {
        List<Point> sorted = new ArrayList<>(points);
        // Monday first, as people read a week; the device does not care about the order
        sorted.sort(Comparator.comparingInt((Point p) -> (p.weekday() + 6) % 7).thenComparingInt(Point::hour));
        this.points = List.copyOf(sorted);
    }

    public static ChargingPlan empty() {
        return new ChargingPlan(List.of());
    }

    /**
     * @throws IllegalArgumentException with a message for the owner if the text is not a valid plan
     */
    public static ChargingPlan parse(@Nullable String text) {
        List<Point> points = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (text == null) {
            return empty();
        }
        for (String part : SEPARATORS.split(text)) {
            String point = part.trim();
            if (point.isEmpty()) {
                continue;
            }
            Matcher matcher = POINT.matcher(point);
            if (!matcher.matches()) {
                throw new IllegalArgumentException(
                        "\"" + point + "\" is not a switching point like \"MON 08:00 pv\" (weekday, HH:00, mode)");
            }
            int weekday = weekday(matcher.group(1));
            int hour = Integer.parseInt(matcher.group(2));
            int minute = Integer.parseInt(matcher.group(3));
            int mode = MODES.indexOf(matcher.group(4).toLowerCase(Locale.ROOT));
            if (weekday < 0) {
                throw new IllegalArgumentException("\"" + matcher.group(1) + "\" is not a weekday (MON to SUN)");
            }
            if (hour > 23 || minute > 59) {
                throw new IllegalArgumentException("\"" + point + "\" has no valid time");
            }
            if (minute != 0) {
                throw new IllegalArgumentException(
                        "\"" + point + "\": the KSEM switches at whole hours only; use " + twoDigits(hour) + ":00");
            }
            if (mode < 0) {
                throw new IllegalArgumentException(
                        "\"" + matcher.group(4) + "\" is not a charge mode (off, grid, pv or hybrid)");
            }
            if (!seen.add(weekday + "/" + hour)) {
                throw new IllegalArgumentException(
                        DAYS.get(weekday) + " " + twoDigits(hour) + ":00 appears more than once");
            }
            points.add(new Point(weekday, hour, mode));
        }
        return new ChargingPlan(points);
    }

    /** The plan as {@code GET /api/e-mobility/timebasedCharge} returns it; minutes are dropped (whole hours). */
    public static ChargingPlan fromEntries(List<TimeBasedChargeEntry> entries) {
        List<Point> points = new ArrayList<>();
        for (TimeBasedChargeEntry entry : entries) {
            Integer weekday = entry.weekday;
            Integer hour = entry.startHour;
            Integer mode = entry.chargeMode;
            if (weekday != null && hour != null && mode != null && valid(weekday, hour, mode)) {
                points.add(new Point(weekday, hour, mode));
            }
        }
        return new ChargingPlan(points);
    }

    /**
     * The plan from the answer of {@code PUT /api/e-mobility/timebasedCharge}: times in the reference week.
     *
     * @return null if an element cannot be read
     */
    public static @Nullable ChargingPlan fromSlots(List<TimeBasedChargeSlot> slots) {
        List<Point> points = new ArrayList<>();
        for (TimeBasedChargeSlot slot : slots) {
            String start = slot.startTime;
            Integer mode = slot.chargeMode;
            Matcher matcher = start == null ? null : START_TIME.matcher(start);
            if (matcher == null || mode == null || !matcher.matches()) {
                return null;
            }
            LocalDate date = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
            long day = ChronoUnit.DAYS.between(REFERENCE_SUNDAY, date);
            int hour = Integer.parseInt(matcher.group(4));
            if (day < 0 || day > 6 || !valid((int) day, hour, mode)) {
                return null;
            }
            points.add(new Point((int) day, hour, mode));
        }
        return new ChargingPlan(points);
    }

    public List<Point> points() {
        return points;
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** The body of {@code PUT /api/e-mobility/timebasedCharge}. */
    public List<TimeBasedChargeEntry> toEntries() {
        List<TimeBasedChargeEntry> entries = new ArrayList<>();
        for (Point point : points) {
            entries.add(new TimeBasedChargeEntry(point.weekday(), point.hour(), 0, point.mode()));
        }
        return entries;
    }

    /** The text form, e.g. {@code "MON 08:00 pv, MON 18:00 off"}; empty for the empty plan. */
    public String format() {
        List<String> parts = new ArrayList<>();
        for (Point point : points) {
            parts.add(DAYS.get(point.weekday()) + " " + twoDigits(point.hour()) + ":00 " + MODES.get(point.mode()));
        }
        return String.join(", ", parts);
    }

    private static boolean valid(int weekday, int hour, int mode) {
        return weekday >= 0 && weekday <= 6 && hour >= 0 && hour <= 23 && mode >= 0 && mode <= 3;
    }

    private static int weekday(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        int index = DAYS.indexOf(upper);
        return index >= 0 ? index : FULL_DAYS.indexOf(upper);
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ChargingPlan plan && points.equals(plan.points);
    }

    @Override
    public int hashCode() {
        return points.hashCode();
    }

    @Override
    public String toString() {
        return format();
    }
}
