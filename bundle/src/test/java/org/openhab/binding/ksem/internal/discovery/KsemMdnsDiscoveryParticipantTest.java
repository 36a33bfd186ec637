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
package org.openhab.binding.ksem.internal.discovery;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Map;
import java.util.Set;

import javax.jmdns.ServiceInfo;
import javax.jmdns.impl.ServiceInfoFixtures;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.ksem.internal.KsemBindingConstants;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.thing.ThingUID;

/**
 * The mDNS participant offers a KSEM with its default host name {@code ksem-<serial>} and nothing else. What a real
 * KSEM announces is not known (api §6, §9.7); these cases follow the avahi defaults (instance name = host name, host
 * {@code <hostname>.local.}).
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class KsemMdnsDiscoveryParticipantTest {

    private final KsemMdnsDiscoveryParticipant participant = new KsemMdnsDiscoveryParticipant();

    private static ServiceInfo service(@Nullable String name, @Nullable String server, @Nullable String ipv4, int port)
            throws Exception {
        ServiceInfo info = mock(ServiceInfo.class);
        when(info.getName()).thenReturn(name);
        when(info.getServer()).thenReturn(server);
        when(info.getPort()).thenReturn(port);
        when(info.getType()).thenReturn("_http._tcp.local.");
        when(info.getInet4Addresses()).thenReturn(
                ipv4 == null ? new Inet4Address[0] : new Inet4Address[] { (Inet4Address) InetAddress.getByName(ipv4) });
        when(info.getInet6Addresses()).thenReturn(new Inet6Address[0]);
        return info;
    }

    @Test
    void listensForHttpServicesAndFindsMeters() {
        assertEquals("_http._tcp.local.", participant.getServiceType());
        assertEquals(Set.of(KsemBindingConstants.THING_TYPE_METER), participant.getSupportedThingTypeUIDs());
    }

    @Test
    void offersAKsemWithItsSerialAndAddress() throws Exception {
        ServiceInfo ksem = service("ksem-76555758", "ksem-76555758.local.", "192.168.178.50", 80);
        DiscoveryResult result = participant.createResult(ksem);
        assertNotNull(result);
        assertEquals(new ThingUID("ksem:meter:76555758"), result.getThingUID());
        assertEquals(new ThingUID("ksem:meter:76555758"), participant.getThingUID(ksem));
        assertEquals(KsemBindingConstants.THING_TYPE_METER, result.getThingTypeUID());
        assertEquals("serialNumber", result.getRepresentationProperty());
        assertEquals(Map.of("serialNumber", "76555758", "hostname", "192.168.178.50", "vendor", "KOSTAL"),
                result.getProperties());
        assertEquals("@text/discovery.ksem.meter.label [\"76555758\"]", result.getLabel());
        assertNull(result.getBridgeUID());
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({ "KSEM-76555758, KSEM-76555758.local., 76555758", // KOSTAL keeps the case (api §6)
            "KOSTAL Smart Energy Meter, ksem-70001234.local., 70001234", // another instance name, default host
            "ksem-70001234, , 70001234", // host not resolved yet: the instance name
            "ksem-70001234, ksem-70001234.fritz.box., 70001234" })
    void acceptsTheDefaultHostNameInAnyCase(String name, @Nullable String server, String serial) throws Exception {
        ServiceInfo ksem = service(name, server, "10.0.0.7", 80);
        assertEquals(new ThingUID(KsemBindingConstants.THING_TYPE_METER, serial), participant.getThingUID(ksem));
        DiscoveryResult result = participant.createResult(ksem);
        assertNotNull(result);
        assertEquals(serial, result.getProperties().get("serialNumber"));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({ "shellyplus1pm-a8032ab12345, shellyplus1pm-a8032ab12345.local.", // a Shelly
            "Brother HL-L2350DW series, BRN3C2AF41A9B7C.local.", // a printer
            "ksem-box, ksem-box.local.", // ksem- without digits
            "ksem, ksem.local.", // a renamed KSEM: added by hand
            "myksem-12345678, myksem-12345678.local.", // not at the start
            "ksem-12345678-2, ksem-12345678-2.local.", // not the whole label
            "ksem-1234abcd, ksem-1234abcd.local.", // not only digits
            "piko-12345678, piko-12345678.local." // another KOSTAL product code
    })
    void offersNothingForOtherDevices(String name, String server) throws Exception {
        ServiceInfo other = service(name, server, "192.168.178.77", 80);
        assertNull(participant.createResult(other));
        assertNull(participant.getThingUID(other));
    }

    @Test
    void anotherPortIsPartOfTheHostAndPort443MeansHttps() throws Exception {
        DiscoveryResult custom = participant.createResult(service("ksem-70001234", null, "10.0.0.7", 8080));
        assertNotNull(custom);
        assertEquals("10.0.0.7:8080", custom.getProperties().get("hostname"));
        DiscoveryResult https = participant.createResult(service("ksem-70001234", null, "10.0.0.7", 443));
        assertNotNull(https);
        assertEquals("10.0.0.7", https.getProperties().get("hostname"));
        assertEquals(true, https.getProperties().get("useHttps"));
    }

    @Test
    void withoutAnAddressThereIsNoResult() throws Exception {
        ServiceInfo unresolved = service("ksem-70001234", "ksem-70001234.local.", null, 80);
        assertNull(participant.createResult(unresolved));
        assertNotNull(participant.getThingUID(unresolved), "the Thing UID needs no address");
    }

    @Test
    void realJmdnsServiceInfos() throws Exception {
        DiscoveryResult ksem = participant
                .createResult(ServiceInfoFixtures.http("ksem-71234567", "ksem-71234567.local.", "192.168.1.20", 80));
        assertNotNull(ksem);
        assertEquals(new ThingUID("ksem:meter:71234567"), ksem.getThingUID());
        assertEquals("192.168.1.20", ksem.getProperties().get("hostname"));

        assertNull(participant.createResult(
                ServiceInfoFixtures.http("shelly1-84CCA8A11111", "shelly1-84CCA8A11111.local.", "192.168.1.21", 80)));
        assertNull(participant.createResult(
                ServiceInfoFixtures.http("Canon MF440 series", "Canon0A1B2C.local.", "192.168.1.22", 80)));
        assertNull(
                participant.createResult(ServiceInfoFixtures.http("ksem-box", "ksem-box.local.", "192.168.1.23", 80)));
        // as jmDNS creates it before the host is resolved
        ServiceInfo bare = ServiceInfo.create("_http._tcp.local.", "ksem-71234567", 80, "");
        assertEquals(new ThingUID("ksem:meter:71234567"), participant.getThingUID(bare));
        assertNull(participant.createResult(bare));
    }
}
