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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openhab.binding.ksem.runtime.api.ChannelStateEvent;

/**
 * Renders the main channels of a meter as a compact table (for a terminal) or as one summary line (for a pipe or a
 * file). Channels without a value yet show a dash.
 *
 * @author KSEM binding contributors
 */
final class LiveTable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final String NONE = "–";
    private static final String ROW = "%-16s %14s %14s %14s";

    private LiveTable() {
    }

    /**
     * @param states the latest state per channel id ({@code grid#power-import})
     * @param status the Thing status, e.g. {@code ONLINE}
     */
    static List<String> table(String thing, String status, Map<String, ChannelStateEvent> states, LocalTime now) {
        List<String> lines = new ArrayList<>();
        lines.add("KSEM " + thing + "  " + status + "  " + TIME.format(now) + "  (Ctrl+C to stop)");
        lines.add(String.format(ROW, "", "import", "export", "net"));
        lines.add(String.format(ROW, "Grid power", v(states, "grid#power-import"), v(states, "grid#power-export"),
                v(states, "grid#power-net")));
        lines.add(String.format(ROW, "Grid energy", v(states, "grid#energy-import"), v(states, "grid#energy-export"),
                ""));
        lines.add(String.format(ROW, "", "L1", "L2", "L3"));
        for (String[] row : new String[][] { { "Power import", "power-import" }, { "Voltage", "voltage" },
                { "Current", "current" } }) {
            lines.add(String.format(ROW, row[0], v(states, "l1#" + row[1]), v(states, "l2#" + row[1]),
                    v(states, "l3#" + row[1])));
        }
        lines.add(String.format("%-16s home %s · PV %s · battery %s (%s) · grid %s · wallbox %s", "Energy flow",
                v(states, "energy-flow#home-power"), v(states, "energy-flow#pv-power"),
                v(states, "energy-flow#battery-power"), v(states, "energy-flow#battery-soc"),
                v(states, "energy-flow#grid-power"), v(states, "energy-flow#wallbox-power")));
        lines.add(String.format("%-16s frequency %s · power factor %s · token %s · CPU %s", "Device",
                v(states, "grid#frequency"), v(states, "grid#power-factor"), v(states, "device#token-state"),
                v(states, "device#cpu-load")));
        return lines;
    }

    /** One line per refresh when nobody can redraw a table in place. */
    static String summary(String thing, String status, Map<String, ChannelStateEvent> states, LocalTime now) {
        return TIME.format(now) + " " + thing + " " + status + " | grid import " + v(states, "grid#power-import")
                + ", export " + v(states, "grid#power-export") + " | PV " + v(states, "energy-flow#pv-power")
                + ", home " + v(states, "energy-flow#home-power") + ", battery "
                + v(states, "energy-flow#battery-soc") + " | L1 " + v(states, "l1#voltage");
    }

    /** A value with its unit, numbers rounded to at most two decimals. */
    static String v(Map<String, ChannelStateEvent> states, String channelId) {
        ChannelStateEvent state = states.get(channelId);
        if (state == null) {
            return NONE;
        }
        String value = state.state();
        try {
            value = new BigDecimal(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            // not a number (e.g. the token state): as it is
        }
        return state.unit() == null ? value : value + " " + state.unit();
    }
}
