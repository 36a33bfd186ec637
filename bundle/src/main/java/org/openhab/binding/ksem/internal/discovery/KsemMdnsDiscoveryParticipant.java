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

import static org.openhab.binding.ksem.internal.KsemBindingConstants.*;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.jmdns.ServiceInfo;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryResultBuilder;
import org.openhab.core.config.discovery.mdns.MDNSDiscoveryParticipant;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.osgi.service.component.annotations.Component;

/**
 * Finds a KSEM by its mDNS announcement. INFERRED, not verified on a device (api §6, §9.7): the KSEM runs avahi, its
 * default host name is {@code ksem-<serial>} (case kept), and which DNS-SD service types it announces is unknown. This
 * participant looks at {@code _http._tcp.local.} (the web interface) and accepts only a service whose host
 * ({@code ksem-<digits>.local.}) or instance name ({@code ksem-<digits>}) follows that default pattern exactly, so that
 * other devices are never offered; a KSEM with a changed host name must be added by hand. The serial number from the
 * host name is the representation property ({@code serialNumber}, which the meter Thing also gets from
 * {@code GET /api/device-settings}); the host is the announced IPv4 address.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@Component(service = MDNSDiscoveryParticipant.class, configurationPid = "discovery.ksem")
@NonNullByDefault
public class KsemMdnsDiscoveryParticipant implements MDNSDiscoveryParticipant {

    static final String SERVICE_TYPE = "_http._tcp.local.";
    /** {@code <product code>-<serial>} (api §6); serials seen have 8 digits, allow a few more or less. */
    private static final Pattern DEFAULT_HOST_NAME = Pattern.compile("(?i)ksem-(\\d{4,16})");
    private static final String CONFIG_USE_HTTPS = "useHttps";

    @Override
    public Set<ThingTypeUID> getSupportedThingTypeUIDs() {
        return Set.of(THING_TYPE_METER);
    }

    @Override
    public String getServiceType() {
        return SERVICE_TYPE;
    }

    @Override
    public @Nullable ThingUID getThingUID(ServiceInfo service) {
        String serial = serial(service);
        return serial == null ? null : new ThingUID(THING_TYPE_METER, serial);
    }

    @Override
    public @Nullable DiscoveryResult createResult(ServiceInfo service) {
        String serial = serial(service);
        String address = address(service);
        if (serial == null || address == null) {
            return null;
        }
        int port = service.getPort();
        boolean https = port == 443;
        String host = port <= 0 || port == 80 || port == 443 ? address : address + ":" + port;
        DiscoveryResultBuilder builder = DiscoveryResultBuilder.create(new ThingUID(THING_TYPE_METER, serial))
                .withThingType(THING_TYPE_METER).withProperty(PROPERTY_SERIAL_NUMBER, serial)
                .withProperty(PROPERTY_VENDOR, "KOSTAL").withProperty(CONFIG_HOSTNAME, host)
                .withRepresentationProperty(PROPERTY_SERIAL_NUMBER)
                .withLabel("@text/discovery.ksem.meter.label [\"" + serial + "\"]");
        if (https) {
            builder.withProperty(CONFIG_USE_HTTPS, true);
        }
        return builder.build();
    }

    /** The serial of a KSEM with its default host name; null for every other device. */
    static @Nullable String serial(ServiceInfo service) {
        String server = service.getServer();
        if (server != null) {
            int dot = server.indexOf('.');
            String serial = match(dot < 0 ? server : server.substring(0, dot)); // ksem-70001234.local.
            if (serial != null) {
                return serial;
            }
        }
        String name = service.getName();
        return name == null ? null : match(name.trim());
    }

    private static @Nullable String match(String candidate) {
        Matcher matcher = DEFAULT_HOST_NAME.matcher(candidate);
        return matcher.matches() ? matcher.group(1) : null;
    }

    /** The announced address, IPv4 first; an IPv6 address only without zone (the binding's host syntax). */
    private static @Nullable String address(ServiceInfo service) {
        Inet4Address[] v4 = service.getInet4Addresses();
        if (v4 != null) {
            for (Inet4Address address : v4) {
                if (address != null) {
                    return address.getHostAddress();
                }
            }
        }
        Inet6Address[] v6 = service.getInet6Addresses();
        if (v6 != null) {
            for (Inet6Address address : v6) {
                String text = address == null ? null : address.getHostAddress();
                if (text != null && !text.contains("%")) {
                    return "[" + text + "]";
                }
            }
        }
        return null;
    }
}
