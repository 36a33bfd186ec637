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
package javax.jmdns.impl;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import javax.jmdns.ServiceInfo;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Real jmDNS {@link ServiceInfo} instances as jmDNS builds them from an answer (host and address set), for the tests
 * of the mDNS participant. Lives in jmDNS's package because the setters are package-private.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ServiceInfoFixtures {

    private ServiceInfoFixtures() {
    }

    /** An {@code _http._tcp.local.} service named {@code name} on {@code server} at an IPv4 address. */
    public static ServiceInfo http(String name, String server, String ipv4, int port) throws UnknownHostException {
        ServiceInfoImpl info = (ServiceInfoImpl) ServiceInfo.create("_http._tcp.local.", name, port, 0, 0, "");
        info.setServer(server);
        info.addAddress((Inet4Address) InetAddress.getByName(ipv4));
        return info;
    }
}
