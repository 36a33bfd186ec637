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

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * In front of everything: counts REST calls, holds requests while the device is stalled and adds the security
 * headers of the device's nginx.
 */
final class RequestGateFilter implements Filter {

    private final Faults faults;
    private final SimulatorStats stats;

    RequestGateFilter(Faults faults, SimulatorStats stats) {
        this.faults = faults;
        this.stats = stats;
    }

    @Override
    public void init(FilterConfig filterConfig) {
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest httpRequest = (HttpServletRequest) request;
        HttpServletResponse httpResponse = (HttpServletResponse) response;
        if (!"websocket".equalsIgnoreCase(httpRequest.getHeader("Upgrade"))) {
            stats.countRestCall(httpRequest.getRequestURI());
        }
        try {
            faults.awaitStallEnd();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // the simulator is stopping
        }
        httpResponse.setHeader("Content-Security-Policy", "default-src 'self';");
        httpResponse.setHeader("Referrer-Policy", "no-referrer");
        httpResponse.setHeader("X-Content-Type-Options", "nosniff");
        httpResponse.setHeader("X-Frame-Options", "SAMEORIGIN");
        chain.doFilter(request, response);
    }

    @Override
    public void destroy() {
    }
}
