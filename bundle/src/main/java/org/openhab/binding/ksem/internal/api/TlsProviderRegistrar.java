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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.io.net.http.TlsTrustManagerProvider;

/**
 * Registers a {@link TlsTrustManagerProvider} where openHAB's HTTP and WebSocket clients find it (in openHAB: an OSGi
 * service registered with the handler factory's bundle context). Handlers get one from the factory.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
@FunctionalInterface
public interface TlsProviderRegistrar {

    /** A registration; {@link #unregister()} is idempotent. */
    @FunctionalInterface
    interface Registration {
        void unregister();
    }

    /** For handlers created without a factory: registers nothing, so HTTPS connections are not trusted. */
    TlsProviderRegistrar NONE = provider -> () -> {
    };

    Registration register(TlsTrustManagerProvider provider);
}
