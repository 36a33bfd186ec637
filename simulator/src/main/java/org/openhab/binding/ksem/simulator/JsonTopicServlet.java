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

/**
 * {@code /api/data-transfer/ws/json/<topic filter>}: the JSON streams of the e-mobility app (api §3.6), e.g.
 * {@code json/local/config/e-mobility/chargemode} and {@code json/local/evse/+/state}.
 */
final class JsonTopicServlet extends BearerSocketServlet {

    private static final long serialVersionUID = 1L;

    private final transient JsonTopics topics;
    private final transient BearerAuthenticator authenticator;

    JsonTopicServlet(JsonTopics topics, BearerAuthenticator authenticator) {
        this.topics = topics;
        this.authenticator = authenticator;
    }

    @Override
    protected BearerSocket socketFor(String path) {
        String filter = path.startsWith(JsonTopics.PATH_PREFIX) ? path.substring(JsonTopics.PATH_PREFIX.length())
                : "";
        return JsonTopics.isKnownFilter(filter) ? new JsonTopicSocket(topics, authenticator, path, filter) : null;
    }
}
