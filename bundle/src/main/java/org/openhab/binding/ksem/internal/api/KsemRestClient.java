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
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ksem.internal.api.dto.DeviceSettings;
import org.openhab.binding.ksem.internal.api.dto.DeviceUsage;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * Authenticated REST calls to the KSEM. Sends the bearer on every call; after a 401 it lets the {@link Credentials}
 * renew a login session and tries once more (an access token cannot be renewed and ends in
 * {@link KsemTokenRejectedException}).
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class KsemRestClient {

    public static final String DEVICE_SETTINGS = "/api/device-settings";
    public static final String DEVICE_USAGE = "/api/device-settings/deviceusage";

    private final KsemHttpTransport http;
    private final KsemEndpoint endpoint;
    private final Credentials credentials;
    private final Gson gson;

    public KsemRestClient(KsemHttpTransport http, KsemEndpoint endpoint, Credentials credentials, Gson gson) {
        this.http = http;
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.gson = gson;
    }

    public Credentials getCredentials() {
        return credentials;
    }

    public DeviceSettings getDeviceSettings() throws KsemException {
        return get(DEVICE_SETTINGS, DeviceSettings.class);
    }

    public DeviceUsage getDeviceUsage() throws KsemException {
        return get(DEVICE_USAGE, DeviceUsage.class);
    }

    public <T> T get(String path, Class<T> type) throws KsemException {
        return parse(path, call("GET", path, null, null), type);
    }

    /** Parses a JSON answer; a broken or empty one is a communication problem, not a crash. */
    public <T> T parse(String path, String json, Class<T> type) throws KsemCommunicationException {
        try {
            T value = gson.fromJson(json, type);
            if (value == null) {
                throw new KsemCommunicationException("empty answer for " + path);
            }
            return value;
        } catch (JsonParseException | NumberFormatException | IllegalStateException e) {
            // Gson reports a number that is none (e.g. "high" for a Double) with a NumberFormatException
            throw new KsemCommunicationException("unexpected answer for " + path);
        }
    }

    /**
     * @return the answer body of a 2xx answer
     */
    public String call(String method, String path, @Nullable String contentType, @Nullable String body)
            throws KsemException {
        String bearer = credentials.bearer();
        KsemResponse response = http.send(new KsemRequest(method, endpoint.rest(path), bearer, contentType, body));
        if (response.status() == 401) {
            credentials.rejected(bearer);
            response = http.send(new KsemRequest(method, endpoint.rest(path), credentials.bearer(), contentType, body));
            if (response.status() == 401) {
                throw new KsemAuthenticationException("The KSEM rejected the login session for " + path);
            }
        }
        return check(response, path);
    }

    static String check(KsemResponse response, String path) throws KsemException {
        int status = response.status();
        if (response.isSuccess()) {
            return response.body();
        } else if (status == 403) {
            throw new KsemForbiddenException("The KSEM does not allow " + path + " with this role");
        } else if (status == 429) {
            throw new KsemRateLimitedException(java.time.Duration.ofSeconds(2));
        } else if (status >= 500) {
            throw new KsemServerErrorException(status, path);
        }
        throw new KsemHttpStatusException(status, path);
    }
}
