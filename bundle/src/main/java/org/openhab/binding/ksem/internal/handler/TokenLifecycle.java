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
package org.openhab.binding.ksem.internal.handler;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ksem.internal.api.AccessTokenApi;
import org.openhab.binding.ksem.internal.api.JwtClaims;
import org.openhab.binding.ksem.internal.api.KsemException;
import org.openhab.binding.ksem.internal.api.KsemHttpStatusException;
import org.openhab.binding.ksem.internal.api.KsemRateLimitedException;
import org.openhab.binding.ksem.internal.api.KsemRestClient;
import org.openhab.binding.ksem.internal.api.KsemTokenRejectedException;
import org.openhab.binding.ksem.internal.api.dto.TokenInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access-token lifecycle of one meter, as KOSTAL's Solar App runs it: request a token with the password, wait for
 * the owner to authorise it in the KSEM web interface, then hand it to the owner of this object to store and use.
 * A token the device rejects is never replaced silently: a revocation by the owner sticks.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class TokenLifecycle {

    /** The Thing side: persists the token and shows state changes. */
    public interface Owner {
        ScheduledExecutorService getScheduler();

        /** The owner authorised the pending token: store it and continue on it. */
        void tokenAuthorised(String token);

        /** State, expiry or the status note changed. */
        void tokenChanged();
    }

    private static final Duration MAX_BUTTON_WAIT = Duration.ofSeconds(5);

    private final Logger logger = LoggerFactory.getLogger(TokenLifecycle.class);
    private final AccessTokenApi api;
    private final Owner owner;
    private final String tokenName;
    private final String role;
    private final String webInterface;
    private final Duration pollPeriod;

    private TokenState state = TokenState.NONE;
    private @Nullable Instant expiry;
    private @Nullable String pendingToken;
    private @Nullable KsemRestClient login;
    private boolean requestDue;
    /** The automatic request happens once per Thing initialisation, and never after the owner deleted a token. */
    private boolean autoRequested;
    private boolean unsupported;
    private boolean requestRefused;
    private @Nullable String notSavedFor;
    private @Nullable ScheduledFuture<?> poll;
    /** After {@link #stop()} no job is started any more (a connect job may still report a login afterwards). */
    private boolean stopped;

    public TokenLifecycle(AccessTokenApi api, Owner owner, String tokenName, String role, String webInterface,
            Duration pollPeriod) {
        this.api = api;
        this.owner = owner;
        this.tokenName = tokenName;
        this.role = role;
        this.webInterface = webInterface;
        this.pollPeriod = pollPeriod;
    }

    public synchronized TokenState getState() {
        return state;
    }

    public synchronized @Nullable Instant getExpiry() {
        return expiry;
    }

    /** The connection runs on a configured access token that the device just accepted. */
    public void usingToken(String token) {
        synchronized (this) {
            state = TokenState.VALID;
            expiry = JwtClaims.expiry(token);
            requestDue = false;
            stopPolling();
        }
        owner.tokenChanged();
    }

    /**
     * The connection runs on the password and no token is configured: request one, once per Thing initialisation.
     * Failures that may pass (rate limit, device busy) are retried by the poll job.
     */
    public void usingPassword(KsemRestClient passwordClient) {
        synchronized (this) {
            login = passwordClient;
            if (state != TokenState.NONE || pendingToken != null || unsupported || requestRefused || autoRequested) {
                return;
            }
            autoRequested = true;
            requestDue = true;
            startPolling(Duration.ZERO);
        }
    }

    /** The device refused the token in use; nothing is retried. */
    public void rejected() {
        synchronized (this) {
            state = TokenState.REJECTED;
            stopPolling();
        }
        owner.tokenChanged();
    }

    /**
     * Requests a new token now (the Create button).
     *
     * @throws KsemException when the device refuses; a device without token requests gives a
     *             {@link KsemHttpStatusException} with {@code isNotSupported()}
     */
    public TokenReport request(KsemRestClient passwordClient) throws KsemException {
        try {
            return requestNow(passwordClient);
        } catch (KsemRateLimitedException e) {
            // login and token requests share the device's 1 POST/s limit: a button press waits once, briefly
            if (e.getRetryAfter().compareTo(MAX_BUTTON_WAIT) > 0) {
                throw e;
            }
            try {
                Thread.sleep(e.getRetryAfter().toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw e;
            }
            return requestNow(passwordClient);
        }
    }

    private TokenReport requestNow(KsemRestClient passwordClient) throws KsemException {
        TokenInfo created;
        try {
            created = api.create(passwordClient, tokenName, role, null);
        } catch (KsemHttpStatusException e) {
            if (e.isNotSupported()) {
                synchronized (this) {
                    unsupported = true;
                    requestDue = false;
                }
                owner.tokenChanged();
            }
            throw e;
        }
        synchronized (this) {
            login = passwordClient;
            pendingToken = created.token;
            state = TokenState.PENDING;
            expiry = JwtClaims.expiry(created.token);
            requestDue = false;
            requestRefused = false;
            unsupported = false;
            startPolling(pollPeriod);
        }
        logger.debug("Requested access token '{}' with role {}; waiting for its authorisation", tokenName, role);
        owner.tokenChanged();
        return new TokenReport(TokenState.PENDING, getExpiry(),
                "Token \"" + tokenName + "\" requested. Authorise it in the KSEM web interface at " + webInterface
                        + " (Profile > Access tokens).");
    }

    /** Checks {@code token} with the device (the Check button). */
    public TokenReport check(@Nullable String token) {
        String pending;
        synchronized (this) {
            pending = pendingToken;
        }
        String checked = token != null ? token : pending;
        if (checked == null) {
            return new TokenReport(TokenState.NONE, null, "No access token is configured.");
        }
        Instant tokenExpiry = JwtClaims.expiry(checked);
        try {
            TokenInfo info = api.self(checked);
            boolean authorised = AccessTokenApi.STATE_AUTHORISED.equals(info.state);
            if (authorised && pending != null && pending.equals(checked)) {
                authorised(checked);
            }
            TokenState result = authorised ? TokenState.VALID : TokenState.PENDING;
            return new TokenReport(result, tokenExpiry, authorised ? "The token is valid." + until(tokenExpiry)
                    : "The token waits for authorisation in the KSEM web interface at " + webInterface + ".");
        } catch (KsemTokenRejectedException e) {
            return new TokenReport(TokenState.REJECTED, tokenExpiry,
                    "The KSEM rejects the token (revoked, deleted or expired).");
        } catch (KsemHttpStatusException e) {
            if (e.isNotSupported()) {
                return new TokenReport(getState(), tokenExpiry,
                        "This KSEM cannot report token states; the token is " + getState().id() + ".");
            }
            return new TokenReport(getState(), tokenExpiry, "The check failed: " + e.getMessage());
        } catch (KsemException e) {
            return new TokenReport(getState(), tokenExpiry, "The check failed: " + e.getMessage());
        }
    }

    /** Deletes {@code token} on the device (the Delete button); the caller removes it from the configuration. */
    public TokenReport delete(@Nullable String token) throws KsemException {
        String deleted = token;
        synchronized (this) {
            if (deleted == null) {
                deleted = pendingToken;
            }
        }
        if (deleted == null) {
            return new TokenReport(TokenState.NONE, null, "No access token is configured.");
        }
        api.deleteSelf(deleted);
        forget();
        return new TokenReport(TokenState.NONE, null, "The token was deleted on the KSEM and in openHAB.");
    }

    /** Drops all token state, e.g. after Delete. */
    public void forget() {
        synchronized (this) {
            stopPolling();
            pendingToken = null;
            state = TokenState.NONE;
            expiry = null;
            requestDue = false;
            requestRefused = false;
            autoRequested = true;
            notSavedFor = null;
        }
        owner.tokenChanged();
    }

    /**
     * The note the Thing status carries while ONLINE, or null. Texts are i18n keys with arguments.
     */
    public synchronized @Nullable String onlineNote() {
        if (state == TokenState.PENDING) {
            return "@text/online.token-pending [\"" + tokenName + "\", \"" + webInterface + "\"]";
        } else if (unsupported && state == TokenState.NONE) {
            return "@text/online.token-unsupported [\"" + webInterface + "\"]";
        } else if (requestRefused && state == TokenState.NONE) {
            return "@text/online.token-request-refused [\"" + webInterface + "\"]";
        } else if (notSavedFor != null && state == TokenState.VALID) {
            return "@text/online.token-not-saved [\"" + notSavedFor + "\"]";
        }
        return null;
    }

    /**
     * The token could not be written to the Thing configuration (a Thing from a {@code .things} file): the binding
     * keeps it in memory and asks the owner to copy it into the file.
     */
    public void tokenNotSaved(String thingUID) {
        synchronized (this) {
            notSavedFor = thingUID;
        }
        owner.tokenChanged();
    }

    public synchronized void stop() {
        stopped = true;
        stopPolling();
    }

    private void poll() {
        String pending;
        KsemRestClient client;
        boolean due;
        synchronized (this) {
            pending = pendingToken;
            client = login;
            due = requestDue;
        }
        try {
            if (pending != null) {
                TokenInfo info = api.self(pending);
                if (AccessTokenApi.STATE_AUTHORISED.equals(info.state)) {
                    authorised(pending);
                }
            } else if (due && client != null) {
                requestNow(client);
            }
        } catch (KsemTokenRejectedException e) {
            // the owner deleted or revoked the request before authorising it: do not ask again by ourselves
            synchronized (this) {
                pendingToken = null;
                state = TokenState.NONE;
                requestRefused = true;
                stopPolling();
            }
            logger.debug("The KSEM refused the pending access token request");
            owner.tokenChanged();
        } catch (KsemHttpStatusException e) {
            if (e.isNotSupported()) {
                logger.debug("This KSEM offers no access token requests ({})", e.getMessage());
                synchronized (this) {
                    stopPolling();
                }
            } else {
                logger.debug("Access token poll failed: {}", e.getMessage());
            }
        } catch (KsemException e) {
            logger.debug("Access token poll failed, retrying: {}", e.getMessage());
        }
    }

    private void authorised(String token) {
        synchronized (this) {
            if (!token.equals(pendingToken)) {
                return;
            }
            pendingToken = null;
            state = TokenState.VALID;
            stopPolling();
        }
        logger.debug("Access token '{}' was authorised", tokenName);
        owner.tokenAuthorised(token);
        owner.tokenChanged();
    }

    private void startPolling(Duration initialDelay) {
        stopPolling();
        if (stopped) {
            return;
        }
        poll = owner.getScheduler().scheduleWithFixedDelay(this::guardedPoll, initialDelay.toMillis(),
                pollPeriod.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** An exception would end the fixed-delay job silently; a bug is logged instead and the poll goes on. */
    private void guardedPoll() {
        try {
            poll();
        } catch (RuntimeException e) {
            // a bug, not a device problem: one line for the log, the stack trace for a bug report at debug level
            logger.warn("The access token poll failed unexpectedly: {}", e.toString());
            logger.debug("Stack trace of the failed access token poll", e);
        }
    }

    private void stopPolling() {
        ScheduledFuture<?> job = poll;
        if (job != null) {
            job.cancel(false);
            poll = null;
        }
    }

    private static String until(@Nullable Instant expiry) {
        return expiry == null ? " It does not expire." : " It expires at " + expiry + ".";
    }
}
