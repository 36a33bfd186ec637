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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.HttpResponseException;
import org.eclipse.jetty.client.api.ContentResponse;
import org.eclipse.jetty.client.api.Request;
import org.eclipse.jetty.client.util.FutureResponseListener;
import org.eclipse.jetty.client.util.StringContentProvider;
import org.eclipse.jetty.http.HttpHeader;

/**
 * The only class that uses the Jetty HTTP client (openHAB plans a move to Jetty 12; then only this class changes).
 * Every request has a timeout and a bounded answer size.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class KsemHttpTransport {

    /** Device answers are a few KiB; anything far larger is not a KSEM talking. */
    static final int MAX_RESPONSE_BYTES = 512 * 1024;

    private final HttpClient client;
    private final Duration timeout;

    public KsemHttpTransport(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    /** The same HTTP client with another request timeout, e.g. a short one for best-effort calls. */
    public KsemHttpTransport withTimeout(Duration newTimeout) {
        return new KsemHttpTransport(client, newTimeout);
    }

    public KsemResponse send(KsemRequest request) throws KsemCommunicationException {
        Request jettyRequest = client.newRequest(request.uri()).method(request.method()).followRedirects(false)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).header(HttpHeader.ACCEPT, "application/json");
        String bearer = request.bearer();
        if (bearer != null) {
            jettyRequest.header(HttpHeader.AUTHORIZATION, "Bearer " + bearer);
        }
        String body = request.body();
        if (body != null) {
            String contentType = request.contentType();
            jettyRequest.content(new StringContentProvider(contentType != null ? contentType : "application/json", body,
                    StandardCharsets.UTF_8));
        }
        FutureResponseListener listener = new FutureResponseListener(jettyRequest, MAX_RESPONSE_BYTES);
        jettyRequest.send(listener);
        try {
            ContentResponse response = listener.get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            return new KsemResponse(response.getStatus(), response.getContentAsString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jettyRequest.abort(e);
            throw new KsemCommunicationException("interrupted");
        } catch (TimeoutException e) {
            jettyRequest.abort(e);
            throw new KsemCommunicationException("no answer within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            if (e.getCause()instanceof HttpResponseException refused && refused.getResponse().getStatus() == 401) {
                // The KSEM answers 401 without a WWW-Authenticate header (api §1.4); Jetty's authentication handler
                // turns that into a "protocol violation". It is a plain 401 for the caller: log in again or give up.
                return new KsemResponse(401, "");
            }
            if (e.getCause() instanceof TimeoutException) { // Jetty's own request timeout
                throw new KsemCommunicationException("no answer within " + timeout.toSeconds() + " s");
            }
            throw new KsemCommunicationException(describe(e.getCause()));
        }
    }

    /** A short reason for a failed request: the innermost cause, e.g. "ConnectException: Connection refused". */
    static String describe(@Nullable Throwable error) {
        Throwable cause = error;
        // bounded, so that a cycle of causes cannot hang the caller
        for (int depth = 0; depth < 20 && cause != null; depth++) {
            Throwable next = cause.getCause();
            if (next == null) {
                break;
            }
            cause = next;
        }
        if (cause == null) {
            return "unknown error";
        }
        if (cause instanceof TimeoutException) {
            return "timeout";
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
