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

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ksem.internal.KsemBindingConstants;
import org.openhab.binding.ksem.internal.action.KsemTokenActions;
import org.openhab.binding.ksem.internal.api.AccessTokenApi;
import org.openhab.binding.ksem.internal.api.AccessTokenCredentials;
import org.openhab.binding.ksem.internal.api.CertificateFingerprint;
import org.openhab.binding.ksem.internal.api.Credentials;
import org.openhab.binding.ksem.internal.api.EMobilityApi;
import org.openhab.binding.ksem.internal.api.KsemEndpoint;
import org.openhab.binding.ksem.internal.api.KsemException;
import org.openhab.binding.ksem.internal.api.KsemHttpTransport;
import org.openhab.binding.ksem.internal.api.KsemRestClient;
import org.openhab.binding.ksem.internal.api.KsemWebSocketTransport;
import org.openhab.binding.ksem.internal.api.PasswordLogin;
import org.openhab.binding.ksem.internal.api.TlsProviderRegistrar;
import org.openhab.binding.ksem.internal.discovery.KsemWallboxDiscoveryService;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BaseBridgeHandler;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.Gson;

/**
 * The {@code ksem:meter} bridge: validates the configuration, then leaves the connection to a {@link MeterConnection}
 * and the access token to a {@link TokenLifecycle}. It is the only place that touches openHAB's Thing (status,
 * channels, properties, configuration). All network work happens in scheduled jobs, never in {@link #initialize()}.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class KsemMeterHandler extends BaseBridgeHandler implements MeterContext, TokenLifecycle.Owner {

    private final Logger logger = LoggerFactory.getLogger(KsemMeterHandler.class);
    private final KsemHttpTransport http;
    private final KsemWebSocketTransport webSocket;
    private final Gson gson;
    private final Timings timings;
    private final TlsProviderRegistrar tls;

    /** Orders initialize, dispose and status updates, so that a stopped session never reports over a new one. */
    private final Object lifecycle = new Object();
    private volatile @Nullable Session session;
    /** The initialized wallbox handlers of this bridge (childHandlerInitialized/Disposed). */
    private final Set<KsemWallboxHandler> wallboxes = ConcurrentHashMap.newKeySet();
    private volatile @Nullable SessionContext activeContext;

    /** Everything that lives from one {@link #initialize()} to the next {@link #dispose()}. */
    private record Session(KsemEndpoint endpoint, KsemMeterConfiguration config, @Nullable PasswordLogin password,
            TokenLifecycle tokens, MeterConnection connection, AccessTokenApi tokenApi) {
    }

    public KsemMeterHandler(Bridge bridge, KsemHttpTransport http, KsemWebSocketTransport webSocket, Gson gson,
            Timings timings) {
        this(bridge, http, webSocket, gson, timings, TlsProviderRegistrar.NONE);
    }

    /** @param tls registers the trust manager of an HTTPS meter where openHAB's clients find it */
    public KsemMeterHandler(Bridge bridge, KsemHttpTransport http, KsemWebSocketTransport webSocket, Gson gson,
            Timings timings, TlsProviderRegistrar tls) {
        super(bridge);
        this.http = http;
        this.webSocket = webSocket;
        this.gson = gson;
        this.timings = timings;
        this.tls = tls;
    }

    @Override
    public void initialize() {
        synchronized (lifecycle) {
            // a second initialize without dispose in between (concurrent thingUpdated calls) must not orphan a session
            stopSession();
            startSession();
        }
    }

    private void startSession() {
        KsemMeterConfiguration config = getConfigAs(KsemMeterConfiguration.class);
        String host = config.hostname();
        if (host.isEmpty()) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.conf-error-no-host");
            return;
        }
        KsemEndpoint endpoint;
        try {
            endpoint = KsemEndpoint.of(host, config.useHttps);
        } catch (IllegalArgumentException e) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.conf-error-invalid-host [\"" + MeterConnection.quote(host) + "\"]");
            return;
        }
        if (config.accessToken().isEmpty() && config.password().isEmpty()) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.conf-error-no-credentials");
            return;
        }
        CertificatePin pin = null;
        if (config.useHttps) {
            String configured = config.certificateFingerprint();
            String fingerprint = configured.isEmpty() ? null : CertificateFingerprint.normalise(configured);
            if (!configured.isEmpty() && fingerprint == null) {
                String quoted = MeterConnection.quote(configured);
                updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                        "@text/offline.conf-error-invalid-fingerprint [\"" + quoted + "\"]");
                return;
            }
            pin = new CertificatePin(endpoint, fingerprint, tls, timings.requestTimeout(), this::certificatePinned);
        }
        SessionContext context = new SessionContext();
        PasswordLogin password = config.password().isEmpty() ? null
                : new PasswordLogin(http, endpoint, config.password(), gson, Clock.systemUTC());
        Credentials credentials = config.accessToken().isEmpty() && password != null ? password
                : new AccessTokenCredentials(config.accessToken());
        AccessTokenApi tokenApi = new AccessTokenApi(http, endpoint, gson);
        TokenLifecycle tokens = new TokenLifecycle(tokenApi, this, "openHAB " + getThing().getUID(), config.tokenRole(),
                endpoint.webInterface(), timings.tokenPoll());
        ChannelPublisher publisher = new ChannelPublisher(context,
                Duration.ofSeconds(Math.max(0, config.updateInterval)), System::nanoTime);
        MeterConnection connection = new MeterConnection(context, endpoint, http, webSocket, gson, timings,
                Duration.ofSeconds(Math.max(5, config.watchdogTimeout)), credentials, tokens, publisher, pin);
        activeContext = context;
        session = new Session(endpoint, config, password, tokens, connection, tokenApi);
        updateStatus(ThingStatus.UNKNOWN, ThingStatusDetail.NONE, "@text/status.connecting");
        connection.start();
    }

    /** Fast and idempotent: stops the session's jobs and streams without waiting for the device. */
    @Override
    public void dispose() {
        synchronized (lifecycle) {
            stopSession();
        }
    }

    private void stopSession() {
        Session current = session;
        session = null;
        activeContext = null;
        if (current != null) {
            current.connection().stop();
        }
    }

    /** Stores the certificate fingerprint pinned on first use; a read-only Thing keeps it for this session only. */
    private void certificatePinned(String fingerprint) {
        Configuration configuration = editConfiguration();
        configuration.put(KsemBindingConstants.CONFIG_CERTIFICATE_FINGERPRINT, fingerprint);
        try {
            updateConfiguration(configuration);
        } catch (IllegalStateException e) {
            logger.info(
                    "The certificate fingerprint of {} could not be stored; add certificateFingerprint=\"{}\" "
                            + "to its definition to keep the certificate pinned after a restart",
                    getThing().getUID(), fingerprint);
        }
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        // every channel of the meter is read-only; values arrive with the streams
    }

    @Override
    public Collection<Class<? extends ThingHandlerService>> getServices() {
        return Set.of(KsemTokenActions.class, KsemWallboxDiscoveryService.class);
    }

    // --- bridge for the wallboxes (KsemWallboxHandler, KsemWallboxDiscoveryService) ---

    /**
     * The e-mobility calls over this meter's connection and credentials, for its wallboxes and the wallbox discovery;
     * null while the meter is not connected (the wallboxes then show BRIDGE_OFFLINE).
     */
    public @Nullable EMobilityApi getEMobilityApi() {
        Session current = session;
        if (current == null || !current.connection().isOnline()) {
            return null;
        }
        KsemRestClient rest = current.connection().getRestClient();
        return rest == null ? null
                : new EMobilityApi(rest, http, webSocket, current.endpoint(), gson, timings.requestTimeout());
    }

    @Override
    public void childHandlerInitialized(ThingHandler childHandler, Thing childThing) {
        if (childHandler instanceof KsemWallboxHandler wallbox) {
            wallboxes.add(wallbox);
        }
    }

    @Override
    public void childHandlerDisposed(ThingHandler childHandler, Thing childThing) {
        if (childHandler instanceof KsemWallboxHandler wallbox) {
            wallboxes.remove(wallbox);
        }
    }

    /** Charge mode, phase switching and battery use are KSEM-wide: the other wallboxes read them again. */
    void wallboxSettingChanged(KsemWallboxHandler source) {
        for (KsemWallboxHandler wallbox : wallboxes) {
            if (!wallbox.equals(source)) {
                wallbox.siblingChangedSettings();
            }
        }
    }

    // --- token actions (Thing actions and console) ---

    /** Create: requests a new access token with the password. */
    public TokenReport createToken() {
        Session current = session;
        if (current == null) {
            return notRunning();
        }
        if (current.tokens().getState() == TokenState.VALID) {
            return new TokenReport(TokenState.VALID, current.tokens().getExpiry(),
                    "A token is already in use; use Recreate to replace it.");
        }
        return request(current);
    }

    /** Check: asks the device about the token in use or the pending one. */
    public TokenReport checkToken() {
        Session current = session;
        if (current == null) {
            return notRunning();
        }
        return current.tokens().check(activeToken(current));
    }

    /** Recreate: deletes the token in use on the device and requests a new one with the password. */
    public TokenReport recreateToken() {
        Session current = session;
        if (current == null) {
            return notRunning();
        }
        if (current.password() == null) {
            return passwordNeeded(current);
        }
        String token = activeToken(current);
        if (token != null) {
            try {
                current.tokens().delete(token);
            } catch (KsemException e) {
                logger.debug("Deleting the old token failed, requesting a new one anyway: {}", e.getMessage());
            }
            removeTokenFromConfiguration();
            PasswordLogin password = current.password();
            if (password != null) {
                current.connection().useCredentials(password);
            }
        }
        return request(current);
    }

    /** Delete: removes the token on the device and from the configuration. */
    public TokenReport deleteToken() {
        Session current = session;
        if (current == null) {
            return notRunning();
        }
        TokenReport report;
        try {
            report = current.tokens().delete(activeToken(current));
        } catch (KsemException e) {
            return new TokenReport(current.tokens().getState(), current.tokens().getExpiry(),
                    "Deleting the token failed: " + e.getMessage());
        }
        removeTokenFromConfiguration();
        PasswordLogin password = current.password();
        if (password != null) {
            current.connection().useCredentials(password);
        } else {
            current.connection().stop();
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.conf-error-no-credentials");
        }
        return report;
    }

    /** Show: the token in use, for owners who keep their Things in {@code .things} files. */
    public @Nullable String showToken() {
        Session current = session;
        return current == null ? null : activeToken(current);
    }

    private TokenReport request(Session current) {
        PasswordLogin password = current.password();
        if (password == null) {
            return passwordNeeded(current);
        }
        KsemRestClient login = current.connection().getRestClient();
        if (login == null || login.getCredentials().isAccessToken()) {
            login = new KsemRestClient(http, current.endpoint(), password, gson);
        }
        try {
            return current.tokens().request(login);
        } catch (KsemException e) {
            return new TokenReport(current.tokens().getState(), null, "The token request failed: " + e.getMessage());
        }
    }

    private @Nullable String activeToken(Session current) {
        Credentials credentials = current.connection().getCredentials();
        if (credentials.isAccessToken()) {
            try {
                return credentials.bearer();
            } catch (KsemException e) {
                return null;
            }
        }
        return null;
    }

    private static TokenReport notRunning() {
        return new TokenReport(TokenState.NONE, null, "The Thing is not initialised; check its configuration.");
    }

    private static TokenReport passwordNeeded(Session current) {
        return new TokenReport(current.tokens().getState(), current.tokens().getExpiry(),
                "Enter the KSEM password in the Thing configuration once; the binding removes it again after the "
                        + "new token is authorised.");
    }

    // --- TokenLifecycle.Owner ---

    @Override
    public void tokenAuthorised(String token) {
        Session current = session;
        if (current == null) {
            return;
        }
        Configuration configuration = editConfiguration();
        configuration.put(KsemBindingConstants.CONFIG_ACCESS_TOKEN, token);
        configuration.remove(KsemBindingConstants.CONFIG_PASSWORD);
        try {
            updateConfiguration(configuration);
        } catch (IllegalStateException e) {
            // a Thing from a .things file: keep the token in memory and tell the owner how to copy it
            logger.debug("The access token could not be stored in the configuration of {}", getThing().getUID());
            current.tokens().tokenNotSaved(getThing().getUID().getAsString());
        }
        current.connection().useCredentials(new AccessTokenCredentials(token));
    }

    @Override
    public void tokenChanged() {
        Session current = session;
        if (current != null) {
            current.connection().publishTokenState();
            current.connection().refreshOnlineStatus();
        }
    }

    private void removeTokenFromConfiguration() {
        Configuration configuration = editConfiguration();
        configuration.remove(KsemBindingConstants.CONFIG_ACCESS_TOKEN);
        try {
            updateConfiguration(configuration);
        } catch (IllegalStateException e) {
            logger.debug("The access token could not be removed from the configuration of {}", getThing().getUID());
        }
    }

    // --- MeterContext ---

    @Override
    public ThingUID getThingUID() {
        return getThing().getUID();
    }

    @Override
    public ScheduledExecutorService getScheduler() {
        return scheduler;
    }

    @Override
    public void setStatus(ThingStatus status, ThingStatusDetail detail, @Nullable String description) {
        if (session != null) {
            updateStatus(status, detail, description);
        }
    }

    @Override
    public void setDeviceProperties(Map<String, String> properties) {
        Map<String, String> current = editProperties();
        if (!current.entrySet().containsAll(properties.entrySet())) {
            current.putAll(properties);
            updateProperties(current);
        }
    }

    @Override
    public boolean isLinked(ChannelUID channel) {
        return super.isLinked(channel);
    }

    @Override
    public void updateState(ChannelUID channel, State state) {
        super.updateState(channel, state);
    }

    /**
     * What one session's connection and publisher see of the handler. Once the session is stopped (dispose, or a new
     * initialize), everything it still reports is dropped, so that a late job of an old session cannot overwrite the
     * status or channels of the current one.
     */
    private final class SessionContext implements MeterContext {

        private boolean active() {
            return this.equals(activeContext);
        }

        @Override
        public ThingUID getThingUID() {
            return KsemMeterHandler.this.getThingUID();
        }

        @Override
        public ScheduledExecutorService getScheduler() {
            return scheduler;
        }

        @Override
        public void setStatus(ThingStatus status, ThingStatusDetail detail, @Nullable String description) {
            synchronized (lifecycle) {
                if (active()) {
                    updateStatus(status, detail, description);
                }
            }
        }

        @Override
        public void setDeviceProperties(Map<String, String> properties) {
            if (active()) {
                KsemMeterHandler.this.setDeviceProperties(properties);
            }
        }

        @Override
        public boolean isLinked(ChannelUID channel) {
            return KsemMeterHandler.this.isLinked(channel);
        }

        @Override
        public void updateState(ChannelUID channel, State state) {
            if (active()) {
                KsemMeterHandler.this.updateState(channel, state);
            }
        }
    }
}
