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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REST routes of the device: method, path template with {@code {placeholders}}, who may call it and the handler.
 * Like the device's Go router it tells "no such endpoint" (404) from "no such method" (405).
 */
final class Router {

    /** Who may call a route. */
    enum Access {
        /** Anyone (the login). */
        PUBLIC,
        /** Any valid login or authorised access token. */
        READ,
        /** A login or an authorised access token with role admin. */
        ADMIN,
        /** An access token, pending or authorised (only {@code /api/access-token/self}). */
        SELF
    }

    record Route(String method, Pattern path, Access access, ApiHandler handler) {
    }

    /**
     * The outcome of routing: a route with its path parameters, or the methods the path would allow (empty: 404).
     */
    record Match(Route route, List<String> parameters, Set<String> allowedMethods) {
        boolean found() {
            return route != null;
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^/}]+\\}");

    private final List<Route> routes = new ArrayList<>();

    Router add(String method, String template, Access access, ApiHandler handler) {
        routes.add(new Route(method, compile(template), access, handler));
        return this;
    }

    Match match(String method, String path) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            Matcher matcher = route.path().matcher(path);
            if (!matcher.matches()) {
                continue;
            }
            if (route.method().equals(method)) {
                List<String> parameters = new ArrayList<>();
                for (int i = 1; i <= matcher.groupCount(); i++) {
                    parameters.add(matcher.group(i));
                }
                return new Match(route, List.copyOf(parameters), Set.of());
            }
            allowed.add(route.method());
        }
        return new Match(null, List.of(), allowed);
    }

    private static Pattern compile(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        int last = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(template.substring(last, placeholder.start()))).append("([^/]+)");
            last = placeholder.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex.toString());
    }
}
