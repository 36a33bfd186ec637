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

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ksem.internal.api.dto.TokenInfo;
import org.openhab.binding.ksem.internal.api.dto.TokenRequest;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * The access-token calls, in one place because they are MODELED: no public capture shows the calls KOSTAL's Solar App
 * uses (api §2.3). The paths follow the device's {@code access-token} app behind {@code /api/access-token}
 * (api §2.2); docs/design.md lists the assumed requests and answers. A device that answers 404/405 does not offer
 * them, and the binding falls back to the password or a token pasted by the owner.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class AccessTokenApi {

    /** Create a token (bearer: a password login session). */
    static final String TOKENS = "/api/access-token/tokens";
    /** Read or delete the token used as bearer. */
    static final String SELF = "/api/access-token/self";

    public static final String STATE_PENDING = "pending";
    public static final String STATE_AUTHORISED = "authorised";

    private final KsemHttpTransport http;
    private final KsemEndpoint endpoint;
    private final Gson gson;

    public AccessTokenApi(KsemHttpTransport http, KsemEndpoint endpoint, Gson gson) {
        this.http = http;
        this.endpoint = endpoint;
        this.gson = gson;
    }

    /**
     * Asks the device for a new token; it stays pending until the owner authorises it in the web interface.
     *
     * @param login a client logged in with the password
     * @return the new token's description including the token itself (shown only this once)
     * @throws KsemHttpStatusException with {@link KsemHttpStatusException#isNotSupported()} on a device without
     *             token requests
     */
    public TokenInfo create(KsemRestClient login, String name, String role, @Nullable Instant expires)
            throws KsemException {
        String body = gson.toJson(new TokenRequest(name, role, expires == null ? null : expires.toString()));
        TokenInfo created = login.parse(TOKENS, login.call("POST", TOKENS, "application/json", body), TokenInfo.class);
        if (created.token == null || created.token.isBlank()) {
            throw new KsemCommunicationException("the token request answered without a token");
        }
        return created;
    }

    /** The state of {@code token} as the device sees it ({@link #STATE_PENDING}, {@link #STATE_AUTHORISED}). */
    public TokenInfo self(String token) throws KsemException {
        KsemResponse response = http.send(KsemRequest.get(endpoint.rest(SELF), token));
        if (response.status() == 401) {
            throw new KsemTokenRejectedException("The KSEM rejected the access token");
        }
        String json = KsemRestClient.check(response, SELF);
        TokenInfo info;
        try {
            info = gson.fromJson(json, TokenInfo.class);
        } catch (JsonParseException | NumberFormatException | IllegalStateException e) {
            throw new KsemCommunicationException("unexpected answer for " + SELF);
        }
        if (info == null || info.state == null) {
            throw new KsemCommunicationException("unexpected answer for " + SELF);
        }
        return info;
    }

    /** Deletes {@code token} on the device; a token the device no longer knows counts as deleted. */
    public void deleteSelf(String token) throws KsemException {
        KsemResponse response = http.send(new KsemRequest("DELETE", endpoint.rest(SELF), token, null, null));
        if (response.status() != 401) {
            KsemRestClient.check(response, SELF);
        }
    }
}
