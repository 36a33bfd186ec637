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

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class KsemEndpointTest {

    @Test
    void buildsRestAndWebSocketUris() {
        KsemEndpoint endpoint = KsemEndpoint.of(" ksem-76555758:8080 ", false);
        assertEquals("http://ksem-76555758:8080/api/device-settings", endpoint.rest("/api/device-settings").toString());
        assertEquals("ws://ksem-76555758:8080/api/x", endpoint.webSocket("/api/x").toString());
        assertEquals("ksem-76555758:8080", endpoint.hostAndPort());
    }

    @Test
    void httpsUsesSecureSchemesAndDefaultPort() {
        KsemEndpoint endpoint = KsemEndpoint.of("192.168.1.5", true);
        assertEquals("https://192.168.1.5/", endpoint.webInterface());
        assertEquals("wss://192.168.1.5/a", endpoint.webSocket("/a").toString());
        assertEquals("192.168.1.5:443", endpoint.hostAndPort());
    }

    @Test
    void acceptsIpv6() {
        assertEquals("http://[fe80::1]:80/", KsemEndpoint.of("[fe80::1]:80", false).webInterface());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "http://ksem", "ksem/path", "ksem:0", "ksem:70000", "ks em", "-ksem", "ksem:" })
    void rejectsWhatIsNoHost(String host) {
        assertThrows(IllegalArgumentException.class, () -> KsemEndpoint.of(host, false));
    }
}
