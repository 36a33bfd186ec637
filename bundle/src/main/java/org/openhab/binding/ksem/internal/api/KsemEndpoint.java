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
package org.openhab.binding.ksem.internal.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Where a KSEM lives: scheme, host and port, and the URIs of its REST and WebSocket endpoints.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class KsemEndpoint {

    // host name or IPv4 address, or a bracketed IPv6 address, each with an optional port
    private static final Pattern HOST = Pattern
            .compile("([A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+\\])(:\\d{1,5})?");

    private final boolean https;
    private final String authority;

    private KsemEndpoint(boolean https, String authority) {
        this.https = https;
        this.authority = authority;
    }

    /**
     * @param hostname the configured host, optionally with {@code :port}
     * @throws IllegalArgumentException if it is not a host name, an IP address or has an invalid port
     */
    public static KsemEndpoint of(String hostname, boolean https) {
        String host = hostname.trim();
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("invalid host");
        }
        int colon = host.lastIndexOf(':');
        if (colon > host.lastIndexOf(']')) {
            int port = Integer.parseInt(host.substring(colon + 1));
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("invalid port");
            }
        }
        KsemEndpoint endpoint = new KsemEndpoint(https, host);
        endpoint.rest("/"); // let java.net.URI have the last word
        return endpoint;
    }

    public URI rest(String path) {
        return uri(https ? "https" : "http", path);
    }

    public URI webSocket(String path) {
        return uri(https ? "wss" : "ws", path);
    }

    /** The address of the KSEM web interface, shown to the owner in status texts. */
    public String webInterface() {
        return rest("/").toString();
    }

    public boolean isHttps() {
        return https;
    }

    /** The host and port as the TLS layer sees them ({@code host:port}, default port filled in). */
    public String hostAndPort() {
        URI uri = rest("/");
        int port = uri.getPort() > 0 ? uri.getPort() : (https ? 443 : 80);
        return uri.getHost() + ":" + port;
    }

    private URI uri(String scheme, String path) {
        try {
            return new URI(scheme + "://" + authority + path);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("invalid host");
        }
    }

    @Override
    public String toString() {
        return authority;
    }
}
