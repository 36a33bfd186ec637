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
package org.openhab.core.io.net.http;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Base of the TLS providers bindings register as OSGi services.
 *
 * @author Martin van Wingerden - Initial contribution (openHAB)
 */
@NonNullByDefault
public interface TlsProvider {

    /**
     * @return the host name (or {@code host:port}) or the certificate's common name this provider applies to
     */
    String getHostName();
}
