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
package org.openhab.core.config.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base class of discovery services: scan lifecycle with timeout, listener notification with a cache of the results
 * (replayed to listeners added later), background discovery switched by the {@code background} property, and
 * localization of {@code @text/} labels when {@link #i18nProvider} and {@link #localeProvider} are set.
 *
 * @author Michael Grammling - Initial contribution (openHAB)
 */
@NonNullByDefault
public abstract class AbstractDiscoveryService implements DiscoveryService {

    private static final String DISCOVERY_THREADPOOL_NAME = "discovery";
    private static final Pattern TEXT_KEY = Pattern.compile("@text/(\\S+)(?:\\s+\\[(.*)])?\\s*");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Logger logger = LoggerFactory.getLogger(AbstractDiscoveryService.class);

    protected final ScheduledExecutorService scheduler = ThreadPoolManager.getScheduledPool(DISCOVERY_THREADPOOL_NAME);

    private final Set<DiscoveryListener> discoveryListeners = new CopyOnWriteArraySet<>();
    protected @Nullable ScanListener scanListener = null;

    private boolean backgroundDiscoveryEnabled;
    private final @Nullable String scanInputLabel;
    private final @Nullable String scanInputDescription;
    private final Map<ThingUID, DiscoveryResult> cachedResults = new LinkedHashMap<>();
    private final Set<ThingTypeUID> supportedThingTypes;
    private final int timeout;
    private @Nullable ScheduledFuture<?> scheduledStop;

    protected @NonNullByDefault({}) TranslationProvider i18nProvider;
    protected @NonNullByDefault({}) LocaleProvider localeProvider;

    /**
     * @param supportedThingTypes the thing types this service discovers ({@code null}: none)
     * @param timeout the scan timeout in seconds (0: the scan ends only by {@link #stopScan()})
     * @param backgroundDiscoveryEnabledByDefault whether background discovery is on unless configured otherwise
     * @param scanInputLabel label of the scan input, or {@code null}
     * @param scanInputDescription description of the scan input, or {@code null}
     * @throws IllegalArgumentException if the timeout is negative
     */
    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout,
            boolean backgroundDiscoveryEnabledByDefault, @Nullable String scanInputLabel,
            @Nullable String scanInputDescription) throws IllegalArgumentException {
        if (timeout < 0) {
            throw new IllegalArgumentException("The timeout must be >= 0!");
        }
        this.supportedThingTypes = supportedThingTypes == null ? Set.of() : Set.copyOf(supportedThingTypes);
        this.timeout = timeout;
        this.backgroundDiscoveryEnabled = backgroundDiscoveryEnabledByDefault;
        this.scanInputLabel = scanInputLabel;
        this.scanInputDescription = scanInputDescription;
    }

    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout,
            boolean backgroundDiscoveryEnabledByDefault) throws IllegalArgumentException {
        this(supportedThingTypes, timeout, backgroundDiscoveryEnabledByDefault, null, null);
    }

    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout)
            throws IllegalArgumentException {
        this(supportedThingTypes, timeout, true);
    }

    protected AbstractDiscoveryService(int timeout) throws IllegalArgumentException {
        this(null, timeout);
    }

    @Override
    public Set<ThingTypeUID> getSupportedThingTypes() {
        return supportedThingTypes;
    }

    @Override
    public boolean isScanInputSupported() {
        return scanInputLabel != null && scanInputDescription != null;
    }

    @Override
    public @Nullable String getScanInputLabel() {
        return scanInputLabel;
    }

    @Override
    public @Nullable String getScanInputDescription() {
        return scanInputDescription;
    }

    @Override
    public int getScanTimeout() {
        return timeout;
    }

    @Override
    public boolean isBackgroundDiscoveryEnabled() {
        return backgroundDiscoveryEnabled;
    }

    /**
     * Adds a listener; the results discovered so far are replayed to it.
     */
    @Override
    public void addDiscoveryListener(@Nullable DiscoveryListener listener) {
        if (listener == null) {
            return;
        }
        List<DiscoveryResult> cached;
        synchronized (cachedResults) {
            cached = new ArrayList<>(cachedResults.values());
        }
        for (DiscoveryResult cachedResult : cached) {
            listener.thingDiscovered(this, cachedResult);
        }
        discoveryListeners.add(listener);
    }

    @Override
    public void removeDiscoveryListener(@Nullable DiscoveryListener listener) {
        if (listener != null) {
            discoveryListeners.remove(listener);
        }
    }

    @Override
    public void startScan(@Nullable ScanListener listener) {
        synchronized (this) {
            // stop a running scan and its scheduled stop first
            stopScan();
            cancelScheduledStop();
            scanListener = listener;
            scheduleStop();
            try {
                startScan();
            } catch (RuntimeException e) {
                scanFailed(e);
                throw e;
            }
        }
    }

    @Override
    public void startScan(String input, @Nullable ScanListener listener) {
        synchronized (this) {
            stopScan();
            cancelScheduledStop();
            scanListener = listener;
            scheduleStop();
            try {
                startScan(input);
            } catch (RuntimeException e) {
                scanFailed(e);
                throw e;
            }
        }
    }

    private void scheduleStop() {
        if (getScanTimeout() > 0) {
            scheduledStop = scheduler.schedule(() -> {
                try {
                    stopScan();
                } catch (RuntimeException e) {
                    logger.debug("Exception occurred while stopping the scan of {}", getClass().getName(), e);
                }
            }, getScanTimeout(), TimeUnit.SECONDS);
        }
    }

    private void cancelScheduledStop() {
        ScheduledFuture<?> stop = scheduledStop;
        if (stop != null) {
            stop.cancel(false);
            scheduledStop = null;
        }
    }

    private void scanFailed(Exception e) {
        cancelScheduledStop();
        scanListener = null;
        logger.debug("Starting the scan of {} failed: {}", getClass().getName(), e.getMessage());
    }

    @Override
    public void abortScan() {
        synchronized (this) {
            cancelScheduledStop();
            ScanListener listener = scanListener;
            if (listener != null) {
                listener.onErrorOccurred(new CancellationException("Scan has been aborted."));
                scanListener = null;
            }
        }
    }

    /**
     * Starts an active scan; results are reported with {@link #thingDiscovered(DiscoveryResult)}.
     */
    protected abstract void startScan();

    /**
     * Starts an active scan with user input (only if {@link #isScanInputSupported()}).
     */
    protected void startScan(String input) {
        // can be overridden by subclasses
    }

    /**
     * Ends the running scan (called after the timeout, or by subclasses when done) and informs the scan listener.
     */
    protected void stopScan() {
        synchronized (this) {
            cancelScheduledStop();
            ScanListener listener = scanListener;
            if (listener != null) {
                listener.onFinished();
                scanListener = null;
            }
        }
    }

    /**
     * Reports a discovered thing to all listeners (and caches it for listeners added later).
     */
    protected void thingDiscovered(final DiscoveryResult discoveryResult) {
        Bundle bundle = FrameworkUtil.getBundle(getClass());
        DiscoveryResult localized = getLocalizedDiscoveryResult(discoveryResult, bundle);
        for (DiscoveryListener listener : discoveryListeners) {
            try {
                listener.thingDiscovered(this, localized);
            } catch (RuntimeException e) {
                logger.error("An error occurred while calling the discovery listener {}.", listener.getClass().getName(),
                        e);
            }
        }
        synchronized (cachedResults) {
            cachedResults.put(localized.getThingUID(), localized);
        }
    }

    /**
     * Reports that a thing is gone.
     */
    protected void thingRemoved(ThingUID thingUID) {
        for (DiscoveryListener listener : discoveryListeners) {
            try {
                listener.thingRemoved(this, thingUID);
            } catch (RuntimeException e) {
                logger.error("An error occurred while calling the discovery listener {}.", listener.getClass().getName(),
                        e);
            }
        }
        synchronized (cachedResults) {
            cachedResults.remove(thingUID);
        }
    }

    /**
     * Reads the {@code background} property and starts background discovery if enabled.
     */
    protected void activate(@Nullable Map<String, Object> configProperties) {
        if (configProperties != null) {
            Object property = configProperties.get(DiscoveryService.CONFIG_PROPERTY_BACKGROUND_DISCOVERY);
            if (property != null) {
                backgroundDiscoveryEnabled = getAutoDiscoveryEnabled(property);
            }
        }
        if (backgroundDiscoveryEnabled) {
            startBackgroundDiscovery();
        }
    }

    /**
     * Starts or stops background discovery when the {@code background} property changed.
     */
    protected void modified(@Nullable Map<String, Object> configProperties) {
        if (configProperties != null) {
            Object property = configProperties.get(DiscoveryService.CONFIG_PROPERTY_BACKGROUND_DISCOVERY);
            if (property != null) {
                boolean enabled = getAutoDiscoveryEnabled(property);
                if (backgroundDiscoveryEnabled && !enabled) {
                    stopBackgroundDiscovery();
                } else if (!backgroundDiscoveryEnabled && enabled) {
                    startBackgroundDiscovery();
                }
                backgroundDiscoveryEnabled = enabled;
            }
        }
    }

    /**
     * Stops background discovery if it is enabled.
     */
    protected void deactivate() {
        if (backgroundDiscoveryEnabled) {
            stopBackgroundDiscovery();
        }
    }

    protected void startBackgroundDiscovery() {
        // can be overridden by subclasses
    }

    protected void stopBackgroundDiscovery() {
        // can be overridden by subclasses
    }

    private static boolean getAutoDiscoveryEnabled(Object property) {
        if (property instanceof String text) {
            return Boolean.parseBoolean(text.trim());
        }
        return Boolean.TRUE.equals(property);
    }

    /**
     * Translates the label of a result: {@code @text/key ["arg", ...]} labels, or the key
     * {@code discovery.<thingUID with dots>.label} for plain labels.
     *
     * @return the result with the translated label (or the given result if nothing changed)
     */
    protected DiscoveryResult getLocalizedDiscoveryResult(final DiscoveryResult discoveryResult,
            @Nullable Bundle bundle) {
        TranslationProvider i18nProvider = this.i18nProvider;
        LocaleProvider localeProvider = this.localeProvider;
        if (i18nProvider == null || localeProvider == null) {
            return discoveryResult;
        }
        String currentLabel = discoveryResult.getLabel();
        String key;
        Object[] args = new Object[0];
        Matcher matcher = TEXT_KEY.matcher(currentLabel);
        if (matcher.matches()) {
            key = matcher.group(1);
            String list = matcher.group(2);
            if (list != null) {
                List<Object> parsed = new ArrayList<>();
                Matcher quoted = QUOTED.matcher(list);
                while (quoted.find()) {
                    parsed.add(quoted.group(1).replace("\\\"", "\""));
                }
                args = parsed.toArray();
            }
        } else {
            key = "discovery." + discoveryResult.getThingUID().getAsString().replace(':', '.') + ".label";
        }
        Locale locale = localeProvider.getLocale();
        String label = i18nProvider.getText(bundle, key, currentLabel, locale, args);
        if (label == null || currentLabel.equals(label)) {
            return discoveryResult;
        }
        return DiscoveryResultBuilder.create(discoveryResult.getThingUID())
                .withThingType(discoveryResult.getThingTypeUID()).withBridge(discoveryResult.getBridgeUID())
                .withProperties(discoveryResult.getProperties())
                .withRepresentationProperty(discoveryResult.getRepresentationProperty()).withLabel(label)
                .withTTL(discoveryResult.getTimeToLive()).build();
    }
}
