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
import java.net.StandardSocketOptions;
import java.net.URI;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import javax.servlet.DispatcherType;

import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A KOSTAL Smart Energy Meter on 127.0.0.1: web login, REST, the protobuf value WebSockets, the modeled access-token
 * calls, a small web interface and faults on demand. See design.md, "The simulator's Java API".
 *
 * <pre>
 * try (KsemSimulator sim = KsemSimulator.builder().password("secret").build().start()) {
 *     URI base = sim.baseUri();
 * }
 * </pre>
 */
public final class KsemSimulator implements AutoCloseable {

    public static final String TOPIC_SMART_METER = "smart-meter";
    public static final String TOPIC_ENERGY_FLOW = "kostal-energyflow/sumvalues";
    /** Path of the value WebSockets; the topic follows. */
    public static final String VALUES_PATH = "/api/data-transfer/ws/protobuf/gdr/local/values/";

    private static final Logger LOGGER = LoggerFactory.getLogger(KsemSimulator.class);
    private static final String LOOPBACK = "127.0.0.1";
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final SimulatorSettings settings;
    private final DeviceIdentity device;
    private final SimulationClock clock;
    private final ScheduledThreadPoolExecutor scheduler;
    private final JwtSigner signer;
    private final TokenStore tokens;
    private final BearerAuthenticator authenticator;
    private final HouseholdProfile profile = new HouseholdProfile();
    private final MeterModel meter;
    private final EnergyFlowModel energyFlow;
    private final SocketRegistry sockets = new SocketRegistry();
    private final SimulatorStats stats = new SimulatorStats(sockets::size);
    private final WallboxModel wallboxes = new WallboxModel();
    private final PostRateLimiter rateLimiter;
    private final Faults faults;
    private final Map<String, TopicStream> streams = new LinkedHashMap<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private Server server;
    private ServerConnector connector;
    private ScheduledFuture<?> ticker;
    private ScheduledFuture<?> powerOn;
    private volatile int port = -1;
    private volatile boolean running;
    /** HTTPS only: the device's self-signed identity and Jetty's TLS setup that serves it. */
    private boolean https;
    private volatile SelfSignedCertificate tlsIdentity;
    private SslContextFactory.Server sslContextFactory;

    private KsemSimulator(SimulatorSettings settings, LongSupplier rateLimitNanoTime) {
        this.settings = settings;
        this.device = DeviceIdentity.of(settings.serial(), settings.firmwareVersion());
        this.clock = new SimulationClock(settings.clock());
        int instance = INSTANCES.incrementAndGet();
        this.scheduler = new ScheduledThreadPoolExecutor(2, runnable -> {
            Thread thread = new Thread(runnable, "ksem-sim-" + instance);
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setKeepAliveTime(10, TimeUnit.SECONDS);
        scheduler.allowCoreThreadTimeOut(true);
        scheduler.setRemoveOnCancelPolicy(true);
        this.signer = new JwtSigner(KeyPairSupply.SHARED::next);
        this.tokens = new TokenStore(signer, clock);
        this.authenticator = new BearerAuthenticator(signer, tokens, clock);
        this.meter = new MeterModel(profile, clock);
        this.energyFlow = new EnergyFlowModel(profile, clock, meter);
        this.rateLimiter = new PostRateLimiter(settings.rateLimit(), settings.rateLimitBurst(), rateLimitNanoTime);
        this.faults = new Faults(new Device(), Set.of(TOPIC_SMART_METER, TOPIC_ENERGY_FLOW));
        boolean omitZeros = settings.omitZeroValues();
        streams.put(TOPIC_SMART_METER, new TopicStream(TOPIC_SMART_METER, TOPIC_SMART_METER,
                configUuid(TOPIC_SMART_METER), omitZeros, meter::sample, meter::recordSent, faults));
        streams.put(TOPIC_ENERGY_FLOW, new TopicStream(TOPIC_ENERGY_FLOW, settings.energyFlowSourceId(),
                configUuid(TOPIC_ENERGY_FLOW), omitZeros, energyFlow::sample, energyFlow::recordSent, faults));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Opens the port and starts pushing frames; returns this for chaining. */
    public synchronized KsemSimulator start() {
        if (server != null) {
            throw new IllegalStateException("The simulator was already started");
        }
        QueuedThreadPool threads = new QueuedThreadPool(48, 2, 30_000);
        threads.setName("ksem-sim-http");
        threads.setDaemon(true);
        server = new Server(threads);
        ScheduledExecutorScheduler timer = new ScheduledExecutorScheduler("ksem-sim-timer", true);
        if (https) {
            tlsIdentity = SelfSignedCertificate.generate(device.hostname() + ".local");
            sslContextFactory = new SslContextFactory.Server();
            sslContextFactory.setKeyStore(tlsIdentity.keyStore());
            sslContextFactory.setKeyStorePassword(new String(SelfSignedCertificate.KEY_STORE_PASSWORD));
            connector = new ServerConnector(server, null, timer, null, 1, 1,
                    new SslConnectionFactory(sslContextFactory, "http/1.1"), new HttpConnectionFactory());
        } else {
            connector = new ServerConnector(server, null, timer, null, 1, 1, new HttpConnectionFactory());
        }
        connector.setHost(LOOPBACK);
        connector.setPort(settings.port());
        connector.setIdleTimeout(120_000); // the device's keep-alive (api §7.11)
        server.addConnector(connector);
        server.setHandler(createContext());
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly();
            throw new IllegalStateException("The simulator could not start on port " + settings.port(), e);
        }
        port = connector.getLocalPort();
        connector.setPort(port); // a reboot must come back on the same port
        long interval = settings.frameInterval().toMillis();
        ticker = scheduler.scheduleAtFixedRate(this::tick, interval, interval, TimeUnit.MILLISECONDS);
        running = true;
        LOGGER.info("KSEM simulator {} listening on {}", device.serial(), baseUri());
        return this;
    }

    /** Closes everything; the simulator cannot be started again. */
    public synchronized void stop() {
        if (server == null || stopped.getCount() == 0) {
            stopped.countDown();
            scheduler.shutdownNow();
            return;
        }
        running = false;
        faults.clear(); // releases requests held by a stall
        stopQuietly();
        LOGGER.info("KSEM simulator {} stopped", device.serial());
    }

    @Override
    public void close() {
        stop();
    }

    /** Blocks until {@link #stop()}; for the command line. */
    public void join() throws InterruptedException {
        stopped.await();
    }

    public boolean isRunning() {
        return running;
    }

    /** False while a {@link Faults#reboot(Duration) reboot} keeps the port closed, and after {@link #stop()}. */
    public synchronized boolean isListening() {
        return running && connector != null && connector.isRunning();
    }

    public int port() {
        if (port < 0) {
            throw new IllegalStateException("The simulator is not started");
        }
        return port;
    }

    /** {@code http://127.0.0.1:<port>} ({@code https://} with {@link Builder#https(boolean)}). */
    public URI baseUri() {
        return URI.create((https ? "https" : "http") + "://" + LOOPBACK + ":" + port());
    }

    /** {@code ws://127.0.0.1:<port>/api/data-transfer/ws/protobuf/gdr/local/values/<topic>} (or {@code wss://}). */
    public URI webSocketUri(String topic) {
        String scheme = https ? "wss" : "ws";
        return URI.create(scheme + "://" + LOOPBACK + ":" + port() + VALUES_PATH + stream(topic).topic());
    }

    public boolean isHttps() {
        return https;
    }

    /**
     * The certificate served over HTTPS: self-signed, CN {@code <hostname>.local}.
     *
     * @throws IllegalStateException without HTTPS or before {@link #start()}
     */
    public X509Certificate certificate() {
        return requireTls().certificate();
    }

    /** SHA-256 of the served certificate, upper-case hex pairs separated by colons (as browsers show it). */
    public String certificateFingerprint() {
        return requireTls().sha256Fingerprint();
    }

    /**
     * Generates a new key and self-signed certificate, as a KSEM does after a factory reset, and serves it to every new
     * TLS connection; open connections keep the old one until they end (see {@link Faults#dropConnections()}).
     *
     * @return the new certificate's SHA-256 fingerprint
     */
    public synchronized String replaceCertificate() {
        requireTls();
        SelfSignedCertificate replacement = SelfSignedCertificate.generate(device.hostname() + ".local");
        try {
            sslContextFactory.reload(factory -> factory.setKeyStore(replacement.keyStore()));
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not take the new certificate", e);
        }
        tlsIdentity = replacement;
        LOGGER.info("KSEM simulator {} serves a new certificate {}", device.serial(), replacement.sha256Fingerprint());
        return replacement.sha256Fingerprint();
    }

    private SelfSignedCertificate requireTls() {
        SelfSignedCertificate identity = tlsIdentity;
        if (!https || identity == null) {
            throw new IllegalStateException("The simulator serves no HTTPS (see Builder.https) or is not started");
        }
        return identity;
    }

    public String password() {
        return settings.password();
    }

    public DeviceIdentity device() {
        return device;
    }

    public MeterModel meter() {
        return meter;
    }

    public EnergyFlowModel energyFlow() {
        return energyFlow;
    }

    public TokenStore tokens() {
        return tokens;
    }

    public Faults faults() {
        return faults;
    }

    /** The ENECTOR wallboxes and the e-mobility settings (charge mode, phase switching, battery use, plan). */
    public WallboxModel wallboxes() {
        return wallboxes;
    }

    public SimulatorStats stats() {
        return stats;
    }

    /**
     * The exact bytes last pushed on a topic ({@link #TOPIC_SMART_METER}, {@link #TOPIC_ENERGY_FLOW}, or their full
     * path), {@code null} before the first frame.
     */
    public byte[] lastFrame(String topic) {
        return stream(topic).lastFrame();
    }

    /**
     * Encodes a fresh frame of a topic exactly as the push ticker does (a new sample of the models, the same encoder),
     * without sending it and without frame faults. For soak tests and benchmarks that need many realistic frames
     * faster than a WebSocket delivers them.
     */
    public byte[] encodeFrame(String topic) {
        return stream(topic).encodeFrame();
    }

    /** A login JWT as {@code POST /api/web-login/token} would give, without the HTTP call or its rate limit. */
    public String issueLoginToken() {
        return authenticator.issueLoginToken("admin", settings.loginTokenLifetime());
    }

    /** Accepts {@code smart-meter}, {@code gdr/local/values/smart-meter} or the whole WebSocket path. */
    static String normaliseTopic(String topic) {
        String normalised = topic.startsWith("/") ? topic.substring(1) : topic;
        for (String prefix : new String[] { "api/data-transfer/ws/protobuf/", "gdr/local/values/" }) {
            if (normalised.startsWith(prefix)) {
                normalised = normalised.substring(prefix.length());
            }
        }
        return normalised;
    }

    private TopicStream stream(String topic) {
        TopicStream stream = streams.get(normaliseTopic(topic));
        if (stream == null) {
            throw new IllegalArgumentException("Unknown topic: " + topic);
        }
        return stream;
    }

    private ServletContextHandler createContext() {
        Router router = new Router();
        router.add("POST", "/api/web-login/token", Router.Access.PUBLIC,
                new LoginEndpoint(settings, authenticator, stats));
        new DeviceSettingsEndpoints(device, profile, clock).register(router);
        new EnergyFlowConfigEndpoints(wallboxes.batteryUsageFlag()).register(router);
        new EMobilityEndpoints(wallboxes).register(router);
        stats.countJsonSockets(wallboxes.topics());
        if (settings.tokenEndpoints()) {
            new AccessTokenEndpoints(tokens, clock).register(router);
        }
        Map<String, TopicStream> streamsByPath = new LinkedHashMap<>();
        streams.values().forEach(stream -> streamsByPath.put(VALUES_PATH + stream.topic(), stream));

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.addFilter(new FilterHolder(new RequestGateFilter(faults, stats)), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new GdrWebSocketServlet(streamsByPath, authenticator, sockets, stats)),
                "/api/data-transfer/ws/*");
        context.addServlet(new ServletHolder(new JsonTopicServlet(wallboxes.topics(), authenticator)),
                JsonTopics.PATH_PREFIX + "*");
        context.addServlet(new ServletHolder(new ApiServlet(router, authenticator, rateLimiter, faults, stats,
                settings.tokenEndpoints())), "/api/*");
        context.addServlet(new ServletHolder(new WebPageServlet()), "/");
        return context;
    }

    private void tick() {
        for (TopicStream stream : streams.values()) {
            try {
                stream.tick();
            } catch (RuntimeException e) {
                // Never let one failure end the periodic task.
                LOGGER.warn("Frame on {} failed", stream.topic(), e);
            }
        }
    }

    private void stopQuietly() {
        if (ticker != null) {
            ticker.cancel(false);
        }
        try {
            server.stop();
        } catch (Exception e) {
            LOGGER.debug("Stopping Jetty failed: {}", e.getMessage());
        }
        scheduler.shutdownNow();
        stopped.countDown();
    }

    private String configUuid(String topic) {
        return UUID.nameUUIDFromBytes((settings.serial() + "/" + topic).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /**
     * Resets every TCP connection (RST, no WebSocket close frame, no HTTP answer), as a device that loses power or
     * its network would; a plain FIN is not reliably noticed by every client while it waits for data.
     */
    private void resetConnections() {
        ServerConnector current = connector;
        if (current != null) {
            for (EndPoint endPoint : current.getConnectedEndPoints()) {
                if (endPoint.getTransport() instanceof SocketChannel channel) {
                    try {
                        channel.setOption(StandardSocketOptions.SO_LINGER, 0);
                    } catch (IOException e) {
                        LOGGER.debug("Cannot reset a connection: {}", e.getMessage());
                    }
                }
                endPoint.close();
            }
        }
        sockets.disconnectAll(); // forgets sockets whose close Jetty has not reported yet
    }

    /** What {@link Faults} may do to the running device. */
    private final class Device implements Faults.DeviceControl {

        @Override
        public void dropConnections() {
            resetConnections();
        }

        @Override
        public void reboot(Duration downtime) {
            synchronized (KsemSimulator.this) {
                if (!running) {
                    return;
                }
                LOGGER.info("KSEM simulator {} rebooting for {} ms", device.serial(), downtime.toMillis());
                resetConnections();
                try {
                    connector.stop();
                } catch (Exception e) {
                    LOGGER.debug("Stopping the connector failed: {}", e.getMessage());
                }
                signer.rotate();
                rateLimiter.reset();
                if (powerOn != null) {
                    powerOn.cancel(false);
                }
                powerOn = scheduler.schedule(KsemSimulator.this::powerOn, downtime.toMillis(), TimeUnit.MILLISECONDS);
            }
        }

        @Override
        public void revokeAll() {
            tokens.revokeAll();
            signer.rotate();
        }

        @Override
        public void closeStreams(int statusCode, String reason) {
            sockets.closeAll(statusCode, reason);
        }

        @Override
        public void schedule(Runnable action, Duration delay) {
            scheduler.schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Ends a reboot: listens on the same port again (retrying while the port is still held). */
    private void powerOn() {
        for (int attempt = 0; attempt < 50; attempt++) {
            synchronized (this) {
                if (!running) {
                    return;
                }
                try {
                    connector.start();
                    LOGGER.info("KSEM simulator {} is back on {}", device.serial(), baseUri());
                    return;
                } catch (Exception e) {
                    LOGGER.debug("Port {} not free yet: {}", port, e.getMessage());
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        LOGGER.warn("KSEM simulator {} could not listen on port {} again", device.serial(), port);
    }

    /** Configures a {@link KsemSimulator}; every option has a realistic default. */
    public static final class Builder {

        private int port = 0;
        private String password = "secret";
        private Duration frameInterval = Duration.ofSeconds(1);
        private boolean tokenEndpoints = true;
        private Duration loginTokenLifetime = Duration.ofSeconds(604_800);
        private int loginFailureStatus = 400;
        private boolean rateLimit = true;
        private int rateLimitBurst = 0;
        private String serial = "70001234";
        private String firmwareVersion = "2.6.2";
        private String energyFlowSourceId = TOPIC_ENERGY_FLOW;
        private boolean omitZeroValues = true;
        private int wallboxes = 1;
        private Clock clock = Clock.systemUTC();
        private LongSupplier rateLimitNanoTime = System::nanoTime;
        private boolean https;

        private Builder() {
        }

        /**
         * true: serve HTTPS and WSS instead of HTTP and WS, with a self-signed certificate generated at start (see
         * {@link KsemSimulator#certificateFingerprint()}, {@link KsemSimulator#replaceCertificate()}). Default false.
         */
        public Builder https(boolean https) {
            this.https = https;
            return this;
        }

        /** TCP port on 127.0.0.1; 0 (default) picks a free one, see {@link KsemSimulator#port()}. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("Port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** The web-interface password (default {@code secret}). */
        public Builder password(String password) {
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException("The password must not be empty");
            }
            this.password = password;
            return this;
        }

        /** Push rate of both GDR streams (default 1 s). */
        public Builder frameInterval(Duration frameInterval) {
            if (frameInterval.toMillis() < 1) {
                throw new IllegalArgumentException("The frame interval must be at least 1 ms");
            }
            this.frameInterval = frameInterval;
            return this;
        }

        /** false: {@code /api/access-token/*} answers 404, as on a firmware without the modeled calls. */
        public Builder tokenEndpoints(boolean tokenEndpoints) {
            this.tokenEndpoints = tokenEndpoints;
            return this;
        }

        /** Lifetime of a login JWT and its {@code expires_in} (default 604800 s). */
        public Builder loginTokenLifetime(Duration lifetime) {
            if (lifetime.isNegative() || lifetime.isZero()) {
                throw new IllegalArgumentException("The lifetime must be positive");
            }
            this.loginTokenLifetime = lifetime;
            return this;
        }

        /** Status of a login with a wrong password: 400 (default) or 401, both with {"error":"invalid_grant"}. */
        public Builder loginFailureStatus(int status) {
            if (status != 400 && status != 401) {
                throw new IllegalArgumentException("Only 400 and 401 are plausible");
            }
            this.loginFailureStatus = status;
            return this;
        }

        /** Whether login-zone POSTs are limited to 1/s per client (default true). */
        public Builder rateLimit(boolean rateLimit) {
            this.rateLimit = rateLimit;
            return this;
        }

        /**
         * nginx {@code burst} of the login zone: 0 (default) answers a second POST within a second with 429; 1 is
         * the device's nginx.conf, which holds the second POST back for the rest of the second and refuses the third.
         */
        public Builder rateLimitBurst(int burst) {
            if (burst < 0) {
                throw new IllegalArgumentException("The burst must not be negative");
            }
            this.rateLimitBurst = burst;
            return this;
        }

        public Builder serial(String serial) {
            if (serial == null || !serial.matches("[A-Za-z0-9]{1,32}")) {
                throw new IllegalArgumentException("The serial must be 1 to 32 letters or digits");
            }
            this.serial = serial;
            return this;
        }

        public Builder firmwareVersion(String firmwareVersion) {
            this.firmwareVersion = firmwareVersion;
            return this;
        }

        /** Map key and GDR id of the sumvalues record (default {@code kostal-energyflow/sumvalues}). */
        public Builder energyFlowSourceId(String sourceId) {
            this.energyFlowSourceId = sourceId;
            return this;
        }

        /**
         * Whether a {@code values} entry whose value is 0 is sent without its value field, as the device does
         * (default true); false writes it like protobuf-java.
         */
        public Builder omitZeroValues(boolean omit) {
            this.omitZeroValues = omit;
            return this;
        }

        /** Number of ENECTOR wallboxes (default 1); 0 is a KSEM without wallbox (api §7.16). */
        public Builder wallboxes(int count) {
            if (count < 0 || count > 16) {
                throw new IllegalArgumentException("0 to 16 wallboxes");
            }
            this.wallboxes = count;
            return this;
        }

        /** Wall clock for timestamps and expiry (default the system clock). */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Monotonic time (nanoseconds, like {@link System#nanoTime()}, the default) of the login rate limit. Package
         * private: tests move it by hand, so that "within a second" does not depend on how fast the machine answers.
         */
        Builder rateLimitNanoTime(LongSupplier nanoTime) {
            this.rateLimitNanoTime = nanoTime;
            return this;
        }

        public KsemSimulator build() {
            KsemSimulator simulator = new KsemSimulator(new SimulatorSettings(port, password, frameInterval,
                    tokenEndpoints, loginTokenLifetime, loginFailureStatus, rateLimit, rateLimitBurst, serial,
                    firmwareVersion, energyFlowSourceId, omitZeroValues, clock), rateLimitNanoTime);
            simulator.wallboxes.populate(serial, wallboxes);
            simulator.https = https;
            return simulator;
        }
    }
}
