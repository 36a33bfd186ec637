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

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ksem.internal.KsemBindingConstants;
import org.openhab.binding.ksem.internal.api.Credentials;
import org.openhab.binding.ksem.internal.api.DataStreams;
import org.openhab.binding.ksem.internal.api.KsemAuthenticationException;
import org.openhab.binding.ksem.internal.api.KsemEndpoint;
import org.openhab.binding.ksem.internal.api.KsemException;
import org.openhab.binding.ksem.internal.api.KsemForbiddenException;
import org.openhab.binding.ksem.internal.api.KsemHttpStatusException;
import org.openhab.binding.ksem.internal.api.KsemHttpTransport;
import org.openhab.binding.ksem.internal.api.KsemRateLimitedException;
import org.openhab.binding.ksem.internal.api.KsemRestClient;
import org.openhab.binding.ksem.internal.api.KsemServerErrorException;
import org.openhab.binding.ksem.internal.api.KsemTokenRejectedException;
import org.openhab.binding.ksem.internal.api.KsemWebSocketTransport;
import org.openhab.binding.ksem.internal.api.StreamConnection;
import org.openhab.binding.ksem.internal.api.StreamListener;
import org.openhab.binding.ksem.internal.api.dto.DeviceSettings;
import org.openhab.binding.ksem.internal.api.dto.DeviceUsage;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.types.UnDefType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.Gson;

/**
 * Keeps a meter connected: logs in, reads the device's identity, opens the live-data streams, watches them for
 * silence, reconnects with exponential backoff after any failure, and polls the device's health as a low-rate
 * heartbeat. Problems end in a Thing status; only credentials the device refuses stop it (until the configuration
 * changes).
 *
 * <p>
 * Thread model: every step runs on the handler's scheduler; frames arrive on WebSocket threads. Network I/O never
 * happens while holding {@link #lock}, so {@link #stop()} never waits for the device. Each connection attempt has a
 * generation number; results and events of an outdated attempt are discarded.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class MeterConnection {

    private static final int CLOSE_POLICY_VIOLATION = 1008;

    private final Logger logger = LoggerFactory.getLogger(MeterConnection.class);
    private final MeterContext context;
    private final KsemEndpoint endpoint;
    private final KsemHttpTransport http;
    private final KsemWebSocketTransport webSocket;
    private final Gson gson;
    private final Timings timings;
    private final Duration watchdogTimeout;
    private final TokenLifecycle tokens;
    private final ChannelPublisher publisher;
    private final List<LiveStream> streams;
    private final Backoff backoff;
    private final ChannelUID cpuLoad;
    private final ChannelUID cpuTemperature;
    private final ChannelUID ramFree;
    private final ChannelUID tokenState;
    private final ChannelUID tokenExpiry;
    private final @Nullable CertificatePin pin;

    private final Object lock = new Object();
    private final List<StreamConnection> open = new ArrayList<>();
    private final List<ScheduledFuture<?>> jobs = new ArrayList<>();
    private volatile Credentials credentials;
    private @Nullable ScheduledFuture<?> connectJob;
    private @Nullable KsemRestClient rest;
    private @Nullable String streamBearer;
    private int generation;
    /** The connection attempt whose stream close is being handled; the first close of an attempt decides. */
    private int closeHandled = -1;
    private boolean stopped;
    private volatile boolean connected;
    private volatile boolean online;
    private volatile long lastFrameNanos;

    public MeterConnection(MeterContext context, KsemEndpoint endpoint, KsemHttpTransport http,
            KsemWebSocketTransport webSocket, Gson gson, Timings timings, Duration watchdogTimeout,
            Credentials credentials, TokenLifecycle tokens, ChannelPublisher publisher) {
        this(context, endpoint, http, webSocket, gson, timings, watchdogTimeout, credentials, tokens, publisher, null);
    }

    /**
     * @param pin the certificate pinning of an HTTPS meter (checked before every connection attempt, closed by
     *            {@link #stop()}), null for HTTP
     */
    public MeterConnection(MeterContext context, KsemEndpoint endpoint, KsemHttpTransport http,
            KsemWebSocketTransport webSocket, Gson gson, Timings timings, Duration watchdogTimeout,
            Credentials credentials, TokenLifecycle tokens, ChannelPublisher publisher, @Nullable CertificatePin pin) {
        this.pin = pin;
        this.context = context;
        this.endpoint = endpoint;
        this.http = http;
        this.webSocket = webSocket;
        this.gson = gson;
        this.timings = timings;
        this.watchdogTimeout = watchdogTimeout;
        this.credentials = credentials;
        this.tokens = tokens;
        this.publisher = publisher;
        this.backoff = new Backoff(timings.reconnectInitial(), timings.reconnectMax(), Math::random);
        var thing = context.getThingUID();
        this.streams = List.of(new LiveStream(DataStreams.SMART_METER, new MeterChannelMapper(thing, publisher)),
                new LiveStream(DataStreams.ENERGY_FLOW, new EnergyFlowChannelMapper(thing, publisher)));
        String device = KsemBindingConstants.GROUP_DEVICE;
        cpuLoad = new ChannelUID(thing, device, KsemBindingConstants.CHANNEL_CPU_LOAD);
        cpuTemperature = new ChannelUID(thing, device, KsemBindingConstants.CHANNEL_CPU_TEMPERATURE);
        ramFree = new ChannelUID(thing, device, KsemBindingConstants.CHANNEL_RAM_FREE);
        tokenState = new ChannelUID(thing, device, KsemBindingConstants.CHANNEL_TOKEN_STATE);
        tokenExpiry = new ChannelUID(thing, device, KsemBindingConstants.CHANNEL_TOKEN_EXPIRY);
    }

    public void start() {
        synchronized (lock) {
            long watchdogMillis = timings.watchdogPeriod().toMillis();
            // every periodic job is guarded: an exception would end a fixed-delay job silently
            jobs.add(context.getScheduler().scheduleWithFixedDelay(guarded("watchdog", this::watchdog), watchdogMillis,
                    watchdogMillis, TimeUnit.MILLISECONDS));
            long pollMillis = timings.devicePoll().toMillis();
            jobs.add(context.getScheduler().scheduleWithFixedDelay(guarded("device poll", this::pollDevice), pollMillis,
                    pollMillis, TimeUnit.MILLISECONDS));
            jobs.add(context.getScheduler().scheduleWithFixedDelay(guarded("channel flush", publisher::flush), 1, 1,
                    TimeUnit.SECONDS));
        }
        reconnect(Duration.ZERO);
    }

    /** Stops everything; fast, idempotent and never waits for the device. */
    public void stop() {
        synchronized (lock) {
            stopped = true;
            generation++;
            cancelConnectJob();
            jobs.forEach(job -> job.cancel(true));
            jobs.clear();
            closeStreams();
            connected = false;
            online = false;
        }
        tokens.stop();
        CertificatePin currentPin = pin;
        if (currentPin != null) {
            currentPin.close();
        }
    }

    /** Continues on other credentials (e.g. a freshly authorised access token): reconnects at once. */
    public void useCredentials(Credentials newCredentials) {
        credentials = newCredentials;
        reconnect(Duration.ZERO);
    }

    public Credentials getCredentials() {
        return credentials;
    }

    /** A client for REST calls with the current credentials, or null before the first successful connect. */
    public @Nullable KsemRestClient getRestClient() {
        synchronized (lock) {
            return rest;
        }
    }

    public boolean isOnline() {
        return online;
    }

    public List<LiveStream> getStreams() {
        return streams;
    }

    /** Shows the ONLINE status again, e.g. after the token note changed. */
    public void refreshOnlineStatus() {
        if (online) {
            showOnline();
        }
    }

    private void reconnect(Duration delay) {
        synchronized (lock) {
            if (stopped) {
                return;
            }
            int attempt = ++generation;
            cancelConnectJob();
            closeStreams();
            connected = false;
            online = false;
            connectJob = context.getScheduler().schedule(() -> connect(attempt), delay.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void connect(int attempt) {
        Credentials used = credentials;
        KsemRestClient client = new KsemRestClient(http, endpoint, used, gson);
        List<StreamConnection> opened = new ArrayList<>();
        try {
            CertificatePin currentPin = pin;
            if (currentPin != null) {
                currentPin.ensure();
            }
            DeviceSettings settings = client.getDeviceSettings();
            context.setDeviceProperties(properties(settings));
            String bearer = used.bearer();
            publisher.reset();
            for (LiveStream stream : streams) {
                opened.add(webSocket.open(endpoint.webSocket(stream.getPath()), bearer,
                        new Subscription(stream, attempt), watchdogTimeout.plusSeconds(5), LiveStream.MAX_FRAME_BYTES));
            }
            synchronized (lock) {
                if (stopped || attempt != generation) {
                    opened.forEach(StreamConnection::close);
                    return;
                }
                open.addAll(opened);
                rest = client;
                streamBearer = bearer;
                connected = true;
                lastFrameNanos = System.nanoTime();
            }
            logger.debug("Connected to {} with {}", endpoint, used);
            if (used.isAccessToken()) {
                tokens.usingToken(bearer);
            } else {
                tokens.usingPassword(client);
            }
            pollDevice();
        } catch (KsemException e) {
            opened.forEach(StreamConnection::close);
            failed(attempt, e);
        } catch (RuntimeException e) {
            opened.forEach(StreamConnection::close);
            logger.warn("Unexpected failure connecting to {}: {}", endpoint, e.toString());
            retry(attempt,
                    "@text/offline.comm-error-unreachable [\"" + endpoint + "\", \"" + quote(e.toString()) + "\"]",
                    backoff.next());
        }
    }

    private void failed(int attempt, KsemException e) {
        logger.debug("Connecting to {} failed: {}", endpoint, e.getMessage());
        CertificatePin currentPin = pin;
        String presented = currentPin == null ? null : currentPin.getMismatch();
        if (currentPin != null && presented != null) {
            logger.debug("{} presented the certificate {} instead of the pinned {}", endpoint, presented,
                    currentPin.getFingerprint());
            halt(attempt, "@text/offline.conf-error-certificate-changed [\"" + currentPin.getFingerprint() + "\", \""
                    + presented + "\"]");
        } else if (e instanceof KsemAuthenticationException) {
            halt(attempt, "@text/offline.conf-error-wrong-password");
        } else if (e instanceof KsemTokenRejectedException) {
            tokens.rejected();
            halt(attempt, "@text/offline.conf-error-token-rejected");
        } else if (e instanceof KsemForbiddenException) {
            halt(attempt, "@text/offline.conf-error-token-forbidden [\"" + quote(e.getMessage()) + "\"]");
        } else if (e instanceof KsemRateLimitedException limited) {
            Duration delay = max(limited.getRetryAfter(), backoff.next());
            retry(attempt, "@text/offline.comm-error-rate-limited [\"" + Math.max(1, delay.toSeconds()) + "\"]", delay);
        } else if (e instanceof KsemHttpStatusException status) {
            retry(attempt, "@text/offline.comm-error-http [\"" + status.getStatus() + "\"]", backoff.next());
        } else if (e instanceof KsemServerErrorException serverError) {
            retry(attempt, "@text/offline.comm-error-http [\"" + serverError.getStatus() + "\"]", backoff.next());
        } else {
            retry(attempt,
                    "@text/offline.comm-error-unreachable [\"" + endpoint + "\", \"" + quote(e.getMessage()) + "\"]",
                    backoff.next());
        }
    }

    private void retry(int attempt, String description, Duration delay) {
        synchronized (lock) {
            if (stopped || attempt != generation) {
                return;
            }
        }
        context.setStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, description);
        reconnect(delay);
    }

    /** Credentials the device refuses: stop until the owner changes the configuration. */
    private void halt(int attempt, String description) {
        synchronized (lock) {
            if (stopped || attempt != generation) {
                return;
            }
            generation++;
            closeStreams();
            connected = false;
            online = false;
        }
        context.setStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, description);
    }

    private void frameArrived(int attempt) {
        lastFrameNanos = System.nanoTime();
        if (!online) {
            synchronized (lock) {
                if (online || stopped || attempt != generation) {
                    return;
                }
                online = true;
            }
            backoff.reset();
            showOnline();
        }
    }

    private void showOnline() {
        String note = tokens.onlineNote();
        if (note == null) {
            context.setStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE, null);
        } else {
            context.setStatus(ThingStatus.ONLINE, ThingStatusDetail.CONFIGURATION_PENDING, note);
        }
    }

    private void streamClosed(int attempt, String path, int code, String reason) {
        context.getScheduler().execute(guarded("stream close", () -> {
            String bearer;
            synchronized (lock) {
                if (stopped || attempt != generation || closeHandled == attempt) {
                    return;
                }
                closeHandled = attempt;
                bearer = streamBearer;
            }
            logger.debug("Stream {} closed with code {} ({})", path, code, reason);
            Credentials used = credentials;
            if (code == CLOSE_POLICY_VIOLATION) {
                if (used.isAccessToken()) {
                    verifyToken(attempt, used);
                    return;
                }
                try {
                    if (bearer != null) {
                        used.rejected(bearer); // a login session the device no longer knows: log in again
                    }
                } catch (KsemException e) {
                    logger.trace("Dropping the session failed: {}", e.getMessage());
                }
            }
            Duration delay = backoff.next();
            retry(attempt, "@text/offline.comm-error-reconnecting [\"" + Math.max(1, delay.toSeconds()) + "\"]", delay);
        }));
    }

    /**
     * A stream on an access token was closed with 1008. That is how the device rejects a revoked token, but a
     * rebooting device or a restarting authentication service may close streams the same way while the token is
     * fine. One REST call with the token tells them apart: 401 rejects it, an answer keeps it and reconnects, no answer
     * is a connection problem that the next connection attempt settles.
     */
    private void verifyToken(int attempt, Credentials used) {
        try {
            new KsemRestClient(http, endpoint, used, gson).getDeviceSettings();
            logger.debug("{} closed the streams with 1008 but still accepts the access token; reconnecting", endpoint);
        } catch (KsemTokenRejectedException e) {
            tokens.rejected();
            halt(attempt, "@text/offline.conf-error-token-rejected");
            return;
        } catch (KsemException e) {
            logger.debug("Checking the access token after a 1008 close failed: {}", e.getMessage());
        }
        Duration delay = backoff.next();
        retry(attempt, "@text/offline.comm-error-reconnecting [\"" + Math.max(1, delay.toSeconds()) + "\"]", delay);
    }

    /** Wraps a job body so that a bug shows up in the log instead of silently ending a periodic job. */
    private Runnable guarded(String job, Runnable body) {
        return () -> {
            try {
                body.run();
            } catch (RuntimeException e) {
                // a bug, not a device problem: one line for the log, the stack trace for a bug report at debug level
                logger.warn("The {} job of {} failed unexpectedly: {}", job, endpoint, e.toString());
                logger.debug("Stack trace of the failed {} job", job, e);
            }
        };
    }

    private void watchdog() {
        int attempt;
        synchronized (lock) {
            if (stopped || !connected) {
                return;
            }
            attempt = generation;
        }
        long silentNanos = System.nanoTime() - lastFrameNanos;
        if (silentNanos > watchdogTimeout.toNanos()) {
            logger.debug("No frame from {} for {} s; reconnecting", endpoint, watchdogTimeout.toSeconds());
            retry(attempt, "@text/offline.comm-error-no-data [\"" + watchdogTimeout.toSeconds() + "\"]",
                    backoff.next());
        }
    }

    /** The REST heartbeat: device health channels and token state. */
    private void pollDevice() {
        KsemRestClient client = getRestClient();
        if (client == null || !connected) {
            return;
        }
        try {
            DeviceUsage usage = client.getDeviceUsage();
            publishUsage(usage);
        } catch (KsemTokenRejectedException e) {
            int attempt;
            synchronized (lock) {
                attempt = generation;
            }
            tokens.rejected();
            halt(attempt, "@text/offline.conf-error-token-rejected");
        } catch (KsemException e) {
            logger.debug("Device health poll failed: {}", e.getMessage());
        }
        publishTokenState();
    }

    /** Updates the token channels; also called when the token changes. */
    public void publishTokenState() {
        publisher.publish(tokenState, new StringType(tokens.getState().id()));
        Instant expiry = tokens.getExpiry();
        publisher.publish(tokenExpiry, expiry == null ? UnDefType.UNDEF : new DateTimeType(expiry));
    }

    private void publishUsage(DeviceUsage usage) {
        Double load = usage.cpuLoad;
        if (load != null) {
            publisher.publish(cpuLoad, new QuantityType<>(BigDecimal.valueOf(load), Units.PERCENT));
        }
        Double temperature = usage.cpuTemp;
        if (temperature != null) {
            publisher.publish(cpuTemperature, new QuantityType<>(BigDecimal.valueOf(temperature), SIUnits.CELSIUS));
        }
        Long free = usage.ramFree;
        if (free != null) {
            publisher.publish(ramFree, new QuantityType<>(BigDecimal.valueOf(free), Units.KILOBYTE));
        }
    }

    private static Map<String, String> properties(DeviceSettings settings) {
        Map<String, String> properties = new HashMap<>();
        properties.put(KsemBindingConstants.PROPERTY_VENDOR, "KOSTAL");
        put(properties, KsemBindingConstants.PROPERTY_SERIAL_NUMBER, settings.serial);
        put(properties, KsemBindingConstants.PROPERTY_FIRMWARE_VERSION, settings.firmwareVersion);
        put(properties, KsemBindingConstants.PROPERTY_MAC_ADDRESS, settings.mac);
        put(properties, KsemBindingConstants.PROPERTY_MODEL_ID, settings.productName);
        put(properties, KsemBindingConstants.PROPERTY_HARDWARE_VERSION, settings.deviceType);
        return properties;
    }

    private static void put(Map<String, String> properties, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            properties.put(key, value);
        }
    }

    private void cancelConnectJob() {
        ScheduledFuture<?> job = connectJob;
        if (job != null) {
            job.cancel(true);
            connectJob = null;
        }
    }

    private void closeStreams() {
        open.forEach(StreamConnection::close);
        open.clear();
        rest = null;
        streamBearer = null;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Status arguments are quoted in the {@code @text/key ["arg"]} syntax; keep them parseable. */
    static String quote(@Nullable String text) {
        return text == null ? "" : text.replace('"', '\'').replace('\\', '/');
    }

    /** Routes one WebSocket's events to its stream, tagged with the connection attempt that opened it. */
    private final class Subscription implements StreamListener {
        private final LiveStream stream;
        private final int attempt;

        Subscription(LiveStream stream, int attempt) {
            this.stream = stream;
            this.attempt = attempt;
        }

        @Override
        public void onFrame(byte[] data, int offset, int length) {
            if (stream.onFrame(data, offset, length)) {
                frameArrived(attempt);
            }
        }

        @Override
        public void onClosed(int code, String reason) {
            streamClosed(attempt, stream.getPath(), code, reason);
        }
    }
}
