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
package org.openhab.binding.ksem.internal.discovery;

import static org.openhab.binding.ksem.internal.KsemBindingConstants.*;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ksem.internal.api.EMobilityApi;
import org.openhab.binding.ksem.internal.api.KsemException;
import org.openhab.binding.ksem.internal.api.dto.EvseInfo;
import org.openhab.binding.ksem.internal.handler.KsemMeterHandler;
import org.openhab.core.config.discovery.AbstractThingHandlerDiscoveryService;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryResultBuilder;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.thing.ThingUID;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ServiceScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offers every wallbox the KSEM lists in {@code GET /api/e-mobility/evselist} as a {@code ksem:wallbox} Thing of the
 * meter bridge it runs for: Thing UID from the wallbox UUID, the device's label, representation property {@code uuid}.
 * A background job looks again every ten minutes while the meter is connected and withdraws results of wallboxes the
 * KSEM no longer lists. Uses only API that is the same in openHAB 4.3 and 5.x (no removeOlderResults, no timestamps).
 *
 * @author KSEM binding contributors - Initial contribution
 */
@Component(scope = ServiceScope.PROTOTYPE, service = KsemWallboxDiscoveryService.class)
@NonNullByDefault
public class KsemWallboxDiscoveryService extends AbstractThingHandlerDiscoveryService<KsemMeterHandler> {

    private static final int SCAN_TIMEOUT_SECONDS = 15;
    /** Seconds an active scan waits for the meter to connect. */
    private static final int CONNECT_ATTEMPTS = 5;
    /** How often the background job checks whether a scan is due (cheap: no I/O unless due and connected). */
    private static final Duration BACKGROUND_CHECK = Duration.ofMinutes(1);
    private static final Duration BACKGROUND_SCAN = Duration.ofMinutes(10);

    private final Logger logger = LoggerFactory.getLogger(KsemWallboxDiscoveryService.class);
    private final Set<ThingUID> offered = new HashSet<>();
    private @Nullable ScheduledFuture<?> backgroundJob;
    private volatile long lastScanNanos;
    private volatile boolean scanned;

    public KsemWallboxDiscoveryService() {
        super(KsemMeterHandler.class, Set.of(THING_TYPE_WALLBOX), SCAN_TIMEOUT_SECONDS, true);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL)
    protected void setTranslationProvider(TranslationProvider translationProvider) {
        this.i18nProvider = translationProvider;
    }

    protected void unsetTranslationProvider(TranslationProvider translationProvider) {
        this.i18nProvider = null;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL)
    protected void setLocaleProvider(LocaleProvider localeProvider) {
        this.localeProvider = localeProvider;
    }

    protected void unsetLocaleProvider(LocaleProvider localeProvider) {
        this.localeProvider = null;
    }

    @Override
    protected void startScan() {
        scheduler.execute(() -> activeScan(0));
    }

    /** A scan from the UI; waits a few seconds for a meter that is still connecting. */
    private void activeScan(int attempt) {
        boolean done = true;
        try {
            done = scan() || attempt >= CONNECT_ATTEMPTS;
        } catch (RuntimeException e) {
            logger.debug("Wallbox discovery failed: {}", e.toString());
        } finally {
            if (done) {
                stopScan();
            } else {
                scheduler.schedule(() -> activeScan(attempt + 1), 1, TimeUnit.SECONDS);
            }
        }
    }

    @Override
    protected synchronized void startBackgroundDiscovery() {
        ScheduledFuture<?> job = backgroundJob;
        if (job == null || job.isCancelled()) {
            long period = BACKGROUND_CHECK.toSeconds();
            backgroundJob = scheduler.scheduleWithFixedDelay(this::backgroundScan, 15, period, TimeUnit.SECONDS);
        }
    }

    @Override
    protected synchronized void stopBackgroundDiscovery() {
        ScheduledFuture<?> job = backgroundJob;
        if (job != null) {
            job.cancel(true);
            backgroundJob = null;
        }
    }

    private void backgroundScan() {
        try {
            if (!scanned || System.nanoTime() - lastScanNanos > BACKGROUND_SCAN.toNanos()) {
                scan();
            }
        } catch (RuntimeException e) {
            // never end the periodic job
            logger.debug("Wallbox discovery failed: {}", e.toString());
        }
    }

    /**
     * Reads the wallbox list over the meter's connection; nothing happens while the meter is not connected.
     *
     * @return false if the meter is not connected
     */
    boolean scan() {
        KsemMeterHandler meter = thingHandler;
        EMobilityApi api = meter.getEMobilityApi();
        if (api == null) {
            logger.debug("Wallbox discovery skipped: {} is not connected", meter.getThing().getUID());
            return false;
        }
        List<EvseInfo> list;
        try {
            list = api.getEvseList();
        } catch (KsemException e) {
            logger.debug("Wallbox discovery on {} failed: {}", meter.getThing().getUID(), e.getMessage());
            return true;
        }
        ThingUID bridgeUID = meter.getThing().getUID();
        Set<ThingUID> found = new HashSet<>();
        for (EvseInfo evse : list) {
            DiscoveryResult result = result(bridgeUID, evse);
            if (result != null) {
                found.add(result.getThingUID());
                thingDiscovered(result);
            }
        }
        synchronized (offered) {
            for (ThingUID previous : offered) {
                if (!found.contains(previous)) {
                    thingRemoved(previous);
                }
            }
            offered.clear();
            offered.addAll(found);
        }
        lastScanNanos = System.nanoTime();
        scanned = true;
        return true;
    }

    /** The result for one evselist entry; null without a UUID. */
    static @Nullable DiscoveryResult result(ThingUID bridgeUID, EvseInfo evse) {
        String uuid = evse.uuid == null ? "" : evse.uuid.trim();
        if (uuid.isEmpty()) {
            return null;
        }
        String id = uuid.replaceAll("[^A-Za-z0-9_-]", "_");
        ThingUID thingUID = new ThingUID(THING_TYPE_WALLBOX, bridgeUID, id);
        String label = firstNonBlank(evse.label, evse.product, evse.model, uuid);
        DiscoveryResultBuilder builder = DiscoveryResultBuilder.create(thingUID).withThingType(THING_TYPE_WALLBOX)
                .withBridge(bridgeUID).withProperty(CONFIG_UUID, uuid).withProperty(PROPERTY_VENDOR, "KOSTAL")
                .withRepresentationProperty(CONFIG_UUID)
                .withLabel("@text/discovery.ksem.wallbox.label [\"" + quote(label) + "\"]");
        String model = evse.model;
        if (model != null && !model.isBlank()) {
            builder.withProperty(PROPERTY_MODEL_ID, model.trim());
        }
        return builder.build();
    }

    private static String firstNonBlank(@Nullable String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.trim();
            }
        }
        return "";
    }

    private static String quote(String text) {
        return text.replace('"', '\'').replace('\\', '/');
    }
}
