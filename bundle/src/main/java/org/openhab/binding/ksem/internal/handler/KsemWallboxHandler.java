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

import static org.openhab.binding.ksem.internal.KsemBindingConstants.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.ksem.internal.action.KsemWallboxActions;
import org.openhab.binding.ksem.internal.api.ChargeMode;
import org.openhab.binding.ksem.internal.api.EMobilityApi;
import org.openhab.binding.ksem.internal.api.KsemException;
import org.openhab.binding.ksem.internal.api.KsemForbiddenException;
import org.openhab.binding.ksem.internal.api.KsemHttpStatusException;
import org.openhab.binding.ksem.internal.api.dto.EMobilityState;
import org.openhab.binding.ksem.internal.api.dto.EvseDetails;
import org.openhab.binding.ksem.internal.api.dto.EvseInfo;
import org.openhab.binding.ksem.internal.api.dto.TimeBasedChargeSlot;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A KOSTAL ENECTOR wallbox ({@code ksem:wallbox}) behind its {@code ksem:meter} bridge, identified by the UUID the
 * KSEM lists it under. Everything goes through the bridge's connection ({@link KsemMeterHandler#getEMobilityApi()}):
 * <ul>
 * <li>a REST poll ({@link WallboxTimings#poll()}) of {@code evselist} (presence and {@code state}) and of
 * {@code /api/e-mobility/state} (charging power), which also decides the Thing status;</li>
 * <li>a slow refresh ({@code refreshInterval}) of the settings: the charge mode and its quotas as a snapshot of the
 * chargemode stream (connect, read the first message, disconnect, api §7.1), phase switching and battery use;</li>
 * <li>commands write through the documented calls and then show what the device reports when read again.</li>
 * </ul>
 * The device's details (serial, model, firmware, hardware) are read best effort with a short timeout, and not while
 * the KSEM reports the wallbox offline or in error (api §5.8).
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public class KsemWallboxHandler extends BaseThingHandler {

    private static final Set<String> UNREACHABLE_STATES = Set.of("stateOffline", "stateError");
    private static final String NOT_CONNECTED = "The KSEM is not connected.";

    private final Logger logger = LoggerFactory.getLogger(KsemWallboxHandler.class);
    private final WallboxTimings timings;
    /** Serializes this handler's calls to the device (poll, refresh, writes). */
    private final Object io = new Object();
    private final AtomicBoolean pollQueued = new AtomicBoolean();
    private final AtomicBoolean refreshQueued = new AtomicBoolean();

    private volatile boolean active;
    private volatile String uuid = "";
    private volatile Duration refreshInterval = Duration.ofSeconds(60);
    private volatile @Nullable ScheduledFuture<?> pollJob;
    private volatile @Nullable ScheduledFuture<?> refreshJob;
    private volatile @Nullable ThingStatusInfo shownStatus;
    /** A status text about a refused write, shown with ONLINE until a write succeeds. */
    private volatile @Nullable String writeProblem;
    private volatile boolean gone;
    /** A settings refresh was skipped (bridge not ready, wallbox gone): the next good poll asks for one. */
    private volatile boolean settingsDue;
    private volatile boolean propertiesRead;
    private volatile long nextPropertiesNanos;

    /** What a Thing action reports: the plan in text form (empty if none) and a short message. */
    public record PlanResult(String plan, String message) {
    }

    public KsemWallboxHandler(Thing thing, WallboxTimings timings) {
        super(thing);
        this.timings = timings;
    }

    @Override
    public void initialize() {
        KsemWallboxConfiguration config = getConfigAs(KsemWallboxConfiguration.class);
        shownStatus = null;
        if (config.uuid().isEmpty()) {
            showStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, "@text/offline.conf-error-no-uuid");
            return;
        }
        uuid = config.uuid();
        refreshInterval = Duration
                .ofSeconds(Math.max(Math.max(1, timings.minimumRefresh().toSeconds()), config.refreshInterval));
        writeProblem = null;
        gone = false;
        settingsDue = false; // the refresh job starts at once; set when it has to skip
        propertiesRead = false;
        nextPropertiesNanos = System.nanoTime();
        Bridge bridge = getBridge();
        if (bridge == null || bridge.getStatus() != ThingStatus.ONLINE) {
            showStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE, null);
        } else {
            showStatus(ThingStatus.UNKNOWN, ThingStatusDetail.NONE, "@text/status.wallbox-waiting");
        }
        active = true;
        long pollMillis = timings.poll().toMillis();
        pollJob = scheduler.scheduleWithFixedDelay(this::poll, 0, pollMillis, TimeUnit.MILLISECONDS);
        long refreshMillis = refreshInterval.toMillis();
        refreshJob = scheduler.scheduleWithFixedDelay(this::refreshSettings, 0, refreshMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void dispose() {
        active = false;
        cancel(pollJob);
        cancel(refreshJob);
        pollJob = null;
        refreshJob = null;
    }

    @Override
    public Collection<Class<? extends ThingHandlerService>> getServices() {
        return Set.of(KsemWallboxActions.class);
    }

    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        if (!active) {
            return;
        }
        if (bridgeStatusInfo.getStatus() == ThingStatus.ONLINE) {
            requestPoll();
            requestRefresh();
        } else {
            showStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE, null);
        }
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        String channel = channelUID.getIdWithoutGroup();
        if (command instanceof RefreshType) {
            if (isPolled(channel)) {
                requestPoll();
            } else {
                requestRefresh();
            }
            return;
        }
        if (active) {
            scheduler.execute(() -> write(channel, command));
        }
    }

    /** Another wallbox of the same KSEM changed a KSEM-wide setting: read the settings again. */
    void siblingChangedSettings() {
        requestRefresh();
    }

    // --- poll: presence, state, charging power, Thing status ---

    private void requestPoll() {
        if (active && pollQueued.compareAndSet(false, true)) {
            scheduler.execute(() -> {
                pollQueued.set(false);
                poll();
            });
        }
    }

    private void poll() {
        if (!active) {
            return;
        }
        EMobilityApi api = api();
        if (api == null) {
            // the meter may still be opening its streams; only an offline bridge is reported
            Bridge bridge = getBridge();
            if (bridge == null || bridge.getStatus() != ThingStatus.ONLINE) {
                showStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE, null);
            }
            return;
        }
        synchronized (io) {
            if (active) {
                poll(api);
            }
        }
    }

    private void poll(EMobilityApi api) {
        EvseInfo evse;
        try {
            evse = find(api.getEvseList());
        } catch (KsemException e) {
            failed(e);
            return;
        }
        if (evse == null) {
            gone = true;
            publishPower(null);
            publish(CHANNEL_WALLBOX_STATE, UnDefType.UNDEF);
            showStatus(ThingStatus.OFFLINE, ThingStatusDetail.GONE, "@text/offline.wallbox-gone");
            return;
        }
        gone = false;
        String state = evse.state;
        publish(CHANNEL_WALLBOX_STATE, state == null || state.isBlank() ? UnDefType.UNDEF : new StringType(state));
        if (state != null && UNREACHABLE_STATES.contains(state)) {
            publishPower(null);
            showStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                    "@text/offline.wallbox-error [\"" + quote(state) + "\"]");
            return;
        }
        EMobilityState emobility;
        try {
            emobility = api.getState();
        } catch (KsemException e) {
            failed(e);
            return;
        }
        publishPower(emobility.evChargingPower);
        readPropertiesIfDue(api);
        showOnline();
        if (settingsDue) {
            requestRefresh();
        }
    }

    private @Nullable EvseInfo find(List<EvseInfo> list) {
        for (EvseInfo evse : list) {
            if (uuid.equalsIgnoreCase(evse.uuid)) {
                return evse;
            }
        }
        return null;
    }

    /** A wallbox the KSEM cannot talk to answers errors (api §5.8, §7.16): retried by the next poll. */
    private void failed(KsemException e) {
        logger.debug("Reading wallbox {} failed: {}", uuid, e.getMessage());
        showStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                "@text/offline.wallbox-error [\"" + quote(e.getMessage()) + "\"]");
    }

    private void publishPower(EMobilityState.@Nullable Phases power) {
        publish(CHANNEL_CHARGING_POWER, watts(power == null ? null : power.total));
        publish(CHANNEL_CHARGING_POWER_L1, watts(power == null ? null : power.l1));
        publish(CHANNEL_CHARGING_POWER_L2, watts(power == null ? null : power.l2));
        publish(CHANNEL_CHARGING_POWER_L3, watts(power == null ? null : power.l3));
    }

    private static State watts(@Nullable Long milliWatts) {
        return milliWatts == null ? UnDefType.UNDEF : new QuantityType<>(BigDecimal.valueOf(milliWatts, 3), Units.WATT);
    }

    private void readPropertiesIfDue(EMobilityApi api) {
        if (propertiesRead || System.nanoTime() - nextPropertiesNanos < 0) {
            return;
        }
        nextPropertiesNanos = System.nanoTime() + refreshInterval.toNanos();
        try {
            EvseDetails details = api.getDetails(uuid);
            Map<String, String> properties = new HashMap<>();
            put(properties, PROPERTY_SERIAL_NUMBER, details.serial);
            put(properties, PROPERTY_MODEL_ID, details.model);
            put(properties, PROPERTY_FIRMWARE_VERSION, details.version);
            put(properties, PROPERTY_HARDWARE_VERSION, details.hardware);
            if (!properties.isEmpty()) {
                updateProperties(properties);
            }
            propertiesRead = true;
        } catch (KsemException e) {
            // best effort: the details of a wallbox that does not answer may fail or hang (api §5.8)
            logger.debug("The details of wallbox {} are not available: {}", uuid, e.getMessage());
        }
    }

    private static void put(Map<String, String> properties, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            properties.put(key, value.trim());
        }
    }

    // --- refresh: settings ---

    private void requestRefresh() {
        if (active && refreshQueued.compareAndSet(false, true)) {
            scheduler.execute(() -> {
                refreshQueued.set(false);
                refreshSettings();
            });
        }
    }

    private void refreshSettings() {
        if (!active) {
            return;
        }
        EMobilityApi api = gone ? null : api();
        if (api == null) {
            settingsDue = true;
            return;
        }
        synchronized (io) {
            if (!active) {
                return;
            }
            settingsDue = false;
            readChargeMode(api);
            readPhaseSwitching(api);
            readBatteryUsage(api);
        }
    }

    private @Nullable ChargeMode readChargeMode(EMobilityApi api) {
        try {
            ChargeMode mode = api.readChargeMode();
            publish(CHANNEL_CHARGE_MODE, new StringType(mode.mode()));
            publish(CHANNEL_MIN_CHARGING_POWER_QUOTA, percent(mode.minChargingPowerQuota()));
            publish(CHANNEL_MIN_PV_POWER_QUOTA, percent(mode.minPvPowerQuota()));
            return mode;
        } catch (KsemException e) {
            logger.debug("Reading the charge mode for wallbox {} failed: {}", uuid, e.getMessage());
            return null;
        }
    }

    private @Nullable Integer readPhaseSwitching(EMobilityApi api) {
        try {
            int usage = api.getPhaseSwitching();
            publish(CHANNEL_PHASE_SWITCHING, new DecimalType(usage));
            return usage;
        } catch (KsemException e) {
            logger.debug("Reading the phase switching for wallbox {} failed: {}", uuid, e.getMessage());
            return null;
        }
    }

    private @Nullable Boolean readBatteryUsage(EMobilityApi api) {
        try {
            boolean usage = api.getBatteryUsage();
            publish(CHANNEL_BATTERY_USAGE, OnOffType.from(usage));
            return usage;
        } catch (KsemException e) {
            logger.debug("Reading the battery usage failed: {}", e.getMessage());
            return null;
        }
    }

    private static State percent(@Nullable Integer value) {
        return value == null ? UnDefType.UNDEF : new QuantityType<>(value, Units.PERCENT);
    }

    // --- commands ---

    private void write(String channel, Command command) {
        if (!active) {
            return;
        }
        EMobilityApi api = api();
        if (api == null) {
            logger.debug("Cannot change {} of wallbox {}: the KSEM is not connected", channel, uuid);
            return;
        }
        synchronized (io) {
            if (!active) {
                return;
            }
            try {
                boolean confirmed = switch (channel) {
                    case CHANNEL_CHARGE_MODE -> writeChargeMode(api, command);
                    case CHANNEL_MIN_PV_POWER_QUOTA, CHANNEL_MIN_CHARGING_POWER_QUOTA -> writeQuota(api, channel,
                            command);
                    case CHANNEL_PHASE_SWITCHING -> writePhaseSwitching(api, command);
                    case CHANNEL_BATTERY_USAGE -> writeBatteryUsage(api, command);
                    default -> {
                        logger.debug("Channel {} of wallbox {} is read-only", channel, uuid);
                        yield true;
                    }
                };
                if (!confirmed) {
                    // the device may take a moment to publish the new value: read once more a little later
                    scheduler.schedule(this::requestRefresh, timings.followUp().toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (KsemForbiddenException e) {
                writeProblem = "@text/offline.conf-error-token-forbidden [\"" + channel + "\"]";
                logger.warn("The KSEM refused to change {} of wallbox {}: this needs an access token with role admin "
                        + "(or the password)", channel, uuid);
                reread(api, channel);
                ThingStatusInfo shown = shownStatus;
                if (shown != null && shown.getStatus() == ThingStatus.ONLINE) {
                    showOnline();
                }
            } catch (KsemHttpStatusException e) {
                logger.warn("The KSEM refused {} for {} of wallbox {}: {}", command, channel, uuid, e.getMessage());
                reread(api, channel);
            } catch (KsemException e) {
                logger.debug("Changing {} of wallbox {} failed: {}", channel, uuid, e.getMessage());
                reread(api, channel);
            }
        }
    }

    /** @return whether the re-read shows the written mode */
    private boolean writeChargeMode(EMobilityApi api, Command command) throws KsemException {
        String mode = command.toString().trim().toLowerCase(java.util.Locale.ROOT);
        if (!ChargeMode.MODES.contains(mode)) {
            logger.warn("Charge mode '{}' is not one of lock, grid, pv, hybrid; ignored", command);
            readChargeMode(api);
            return true;
        }
        // read-modify-write of the full object (api §4), so that changes made elsewhere are kept
        api.writeChargeMode(api.readChargeMode().withMode(mode));
        written();
        ChargeMode after = readChargeMode(api);
        return after != null && mode.equals(after.mode());
    }

    private boolean writeQuota(EMobilityApi api, String channel, Command command) throws KsemException {
        Integer percent = percentOf(command);
        if (percent == null) {
            logger.warn("{} needs a whole percentage from 0 to 100, not '{}'; ignored", channel, command);
            readChargeMode(api);
            return true;
        }
        ChargeMode current = api.readChargeMode();
        api.writeChargeMode(CHANNEL_MIN_PV_POWER_QUOTA.equals(channel) ? current.withMinPvPowerQuota(percent)
                : current.withMinChargingPowerQuota(percent));
        written();
        ChargeMode after = readChargeMode(api);
        Integer shown = after == null ? null
                : CHANNEL_MIN_PV_POWER_QUOTA.equals(channel) ? after.minPvPowerQuota() : after.minChargingPowerQuota();
        return percent.equals(shown);
    }

    private boolean writePhaseSwitching(EMobilityApi api, Command command) throws KsemException {
        Integer usage = wholeNumber(command);
        if (usage == null || usage < 0 || usage > 2) {
            logger.warn("Phase switching is 0 (three phases), 1 (one phase) or 2 (automatic), not '{}'; ignored",
                    command);
            readPhaseSwitching(api);
            return true;
        }
        api.setPhaseSwitching(usage);
        written();
        return usage.equals(readPhaseSwitching(api));
    }

    private boolean writeBatteryUsage(EMobilityApi api, Command command) throws KsemException {
        if (!(command instanceof OnOffType onOff)) {
            logger.warn("Battery usage is ON or OFF, not '{}'; ignored", command);
            readBatteryUsage(api);
            return true;
        }
        boolean use = onOff == OnOffType.ON;
        api.setBatteryUsage(use);
        written();
        return Boolean.valueOf(use).equals(readBatteryUsage(api));
    }

    /** A write went through: clear a note about refused writes and let the other wallboxes read the settings. */
    private void written() {
        if (writeProblem != null) {
            writeProblem = null;
            ThingStatusInfo shown = shownStatus;
            if (shown != null && shown.getStatus() == ThingStatus.ONLINE) {
                showOnline();
            }
        }
        KsemMeterHandler meter = meter();
        if (meter != null) {
            meter.wallboxSettingChanged(this);
        }
    }

    private void reread(EMobilityApi api, String channel) {
        switch (channel) {
            case CHANNEL_CHARGE_MODE, CHANNEL_MIN_PV_POWER_QUOTA, CHANNEL_MIN_CHARGING_POWER_QUOTA -> readChargeMode(
                    api);
            case CHANNEL_PHASE_SWITCHING -> readPhaseSwitching(api);
            case CHANNEL_BATTERY_USAGE -> readBatteryUsage(api);
            default -> {
            }
        }
    }

    /** A percentage 0 … 100 from a QuantityType (any dimensionless unit) or a plain number. */
    private static @Nullable Integer percentOf(Command command) {
        BigDecimal value = null;
        if (command instanceof QuantityType<?> quantity) {
            QuantityType<?> inPercent = quantity.toUnit(Units.PERCENT);
            value = inPercent == null ? null : inPercent.toBigDecimal();
        } else if (command instanceof DecimalType decimal) {
            value = decimal.toBigDecimal();
        }
        if (value == null) {
            return null;
        }
        int rounded = value.setScale(0, RoundingMode.HALF_UP).intValue();
        return rounded < 0 || rounded > 100 ? null : rounded;
    }

    private static @Nullable Integer wholeNumber(Command command) {
        BigDecimal value = null;
        if (command instanceof DecimalType decimal) {
            value = decimal.toBigDecimal();
        } else if (command instanceof QuantityType<?> quantity) {
            value = quantity.toBigDecimal();
        } else if (command instanceof StringType text) {
            try {
                value = new BigDecimal(text.toString().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (value == null || value.stripTrailingZeros().scale() > 0) {
            return null;
        }
        return value.intValue();
    }

    // --- time-based charging plan (Thing actions) ---

    /** Replaces the weekly plan; the result shows the plan as the device confirmed it. */
    public PlanResult setChargingPlan(@Nullable String text) {
        ChargingPlan plan;
        try {
            plan = ChargingPlan.parse(text);
        } catch (IllegalArgumentException e) {
            return new PlanResult("", "Invalid plan: " + e.getMessage());
        }
        return writePlan(plan);
    }

    public PlanResult clearChargingPlan() {
        return writePlan(ChargingPlan.empty());
    }

    public PlanResult getChargingPlan() {
        EMobilityApi api = active ? api() : null;
        if (api == null) {
            return new PlanResult("", NOT_CONNECTED);
        }
        try {
            return new PlanResult(ChargingPlan.fromEntries(api.getTimeBasedCharge()).format(), "Done.");
        } catch (KsemHttpStatusException e) {
            return new PlanResult("",
                    e.isNotSupported()
                            ? "This KSEM does not offer reading the plan (" + e.getMessage()
                                    + "); the plan set last is shown by the action that set it."
                            : "Reading the plan failed: " + e.getMessage());
        } catch (KsemException e) {
            return new PlanResult("", "Reading the plan failed: " + e.getMessage());
        }
    }

    private PlanResult writePlan(ChargingPlan plan) {
        EMobilityApi api = active ? api() : null;
        if (api == null) {
            return new PlanResult("", NOT_CONNECTED);
        }
        List<TimeBasedChargeSlot> answer;
        try {
            answer = api.setTimeBasedCharge(plan.toEntries());
        } catch (KsemForbiddenException e) {
            logger.warn("The KSEM refused the charging plan: this needs an access token with role admin");
            return new PlanResult("", "The KSEM refused the plan: changing it needs an access token with role admin "
                    + "(or the password).");
        } catch (KsemException e) {
            return new PlanResult("", "The plan was not written: " + e.getMessage());
        }
        ChargingPlan confirmed = ChargingPlan.fromSlots(answer);
        if (confirmed == null || (confirmed.isEmpty() && !plan.isEmpty())) {
            try {
                confirmed = ChargingPlan.fromEntries(api.getTimeBasedCharge());
            } catch (KsemException e) {
                return new PlanResult(plan.format(),
                        "The KSEM accepted the plan but it could not be read back: " + e.getMessage());
            }
        }
        return new PlanResult(confirmed.format(), "Done.");
    }

    // --- helpers ---

    private @Nullable KsemMeterHandler meter() {
        Bridge bridge = getBridge();
        ThingHandler handler = bridge == null ? null : bridge.getHandler();
        return handler instanceof KsemMeterHandler meter ? meter : null;
    }

    private @Nullable EMobilityApi api() {
        KsemMeterHandler meter = meter();
        return meter == null ? null : meter.getEMobilityApi();
    }

    private static boolean isPolled(String channel) {
        return CHANNEL_WALLBOX_STATE.equals(channel) || channel.startsWith(CHANNEL_CHARGING_POWER);
    }

    private void publish(String channel, State state) {
        if (active) {
            updateState(channel, state);
        }
    }

    private void showOnline() {
        String problem = writeProblem;
        if (problem == null) {
            showStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE, null);
        } else {
            showStatus(ThingStatus.ONLINE, ThingStatusDetail.CONFIGURATION_PENDING, problem);
        }
    }

    /** Reports a status only when it changes (the poll confirms it every few seconds). */
    private synchronized void showStatus(ThingStatus status, ThingStatusDetail detail, @Nullable String description) {
        ThingStatusInfo info = new ThingStatusInfo(status, detail, description);
        if (info.equals(shownStatus)) {
            return;
        }
        if (!active && shownStatus != null) {
            return; // disposed meanwhile
        }
        shownStatus = info;
        updateStatus(status, detail, description);
    }

    private static void cancel(@Nullable ScheduledFuture<?> job) {
        if (job != null) {
            job.cancel(true);
        }
    }

    /** Status arguments are quoted in the {@code @text/key ["arg"]} syntax; keep them parseable. */
    private static String quote(@Nullable String text) {
        return text == null ? "" : text.replace('"', '\'').replace('\\', '/');
    }
}
