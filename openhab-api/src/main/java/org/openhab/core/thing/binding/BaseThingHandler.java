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
package org.openhab.core.thing.binding;

import java.util.HashMap;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.binding.builder.ThingStatusInfoBuilder;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Base class of thing handlers; forwards states, status and thing changes to the {@link ThingHandlerCallback} set by
 * the framework (behaviour of openHAB's class of the same name).
 *
 * @author Dennis Nobel - Initial contribution (openHAB)
 */
@NonNullByDefault
public abstract class BaseThingHandler implements ThingHandler {

    private static final String THING_HANDLER_THREADPOOL_NAME = "thingHandler";

    private final Logger logger = LoggerFactory.getLogger(BaseThingHandler.class);

    protected final ScheduledExecutorService scheduler = ThreadPoolManager
            .getScheduledPool(THING_HANDLER_THREADPOOL_NAME);

    protected Thing thing;

    private @Nullable ThingHandlerCallback callback;

    /**
     * @param thing the thing of this handler
     */
    public BaseThingHandler(Thing thing) {
        this.thing = thing;
    }

    @Override
    public void handleRemoval() {
        // can be overridden by subclasses
        updateStatus(ThingStatus.REMOVED);
    }

    @Override
    public void handleConfigurationUpdate(Map<String, Object> configurationParameters) {
        if (!isModifyingCurrentConfig(configurationParameters)) {
            return;
        }
        validateConfigurationParameters(configurationParameters);

        // can be overridden by subclasses
        Configuration configuration = editConfiguration();
        for (Entry<String, Object> configurationParameter : configurationParameters.entrySet()) {
            configuration.put(configurationParameter.getKey(), configurationParameter.getValue());
        }

        if (isInitialized()) {
            // persist new configuration and reinitialize handler
            dispose();
            updateConfiguration(configuration);
            initialize();
        } else {
            // persist new configuration and notify the framework
            updateConfiguration(configuration);
            ThingHandlerCallback callback = getCallback();
            if (callback != null) {
                callback.configurationUpdated(getThing());
            } else {
                logger.warn("Handler {} tried updating its configuration although the handler was already disposed.",
                        getClass().getSimpleName());
            }
        }
    }

    /**
     * @return whether any of the given parameters differs from the current configuration
     */
    protected boolean isModifyingCurrentConfig(Map<String, Object> configurationParameters) {
        Configuration currentConfig = getConfig();
        for (Entry<String, Object> entry : configurationParameters.entrySet()) {
            if (!Objects.equals(currentConfig.get(entry.getKey()), entry.getValue())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void dispose() {
        // can be overridden by subclasses
    }

    @Override
    public Thing getThing() {
        return this.thing;
    }

    @Override
    public void thingUpdated(Thing thing) {
        dispose();
        this.thing = thing;
        initialize();
    }

    @Override
    public void setCallback(@Nullable ThingHandlerCallback thingHandlerCallback) {
        synchronized (this) {
            this.callback = thingHandlerCallback;
        }
    }

    /**
     * @return the callback or {@code null} when the handler is not (or no longer) registered
     */
    protected @Nullable ThingHandlerCallback getCallback() {
        synchronized (this) {
            return this.callback;
        }
    }

    @Override
    public void channelLinked(ChannelUID channelUID) {
        // can be overridden by subclasses: by default the current state is requested
        handleCommand(channelUID, RefreshType.REFRESH);
    }

    @Override
    public void channelUnlinked(ChannelUID channelUID) {
        // can be overridden by subclasses
    }

    /**
     * Validates the parameters against the config description (through the callback).
     *
     * @throws RuntimeException (openHAB: ConfigValidationException) if the parameters are invalid
     */
    protected void validateConfigurationParameters(Map<String, Object> configurationParameters) {
        ThingHandlerCallback callback = getCallback();
        if (callback != null) {
            callback.validateConfigurationParameters(getThing(), configurationParameters);
        }
    }

    protected Configuration getConfig() {
        return getThing().getConfiguration();
    }

    /**
     * @return the configuration mapped onto a new instance of the class (see {@link Configuration#as(Class)})
     */
    protected <T> T getConfigAs(Class<T> configurationClass) {
        return getConfig().as(configurationClass);
    }

    protected void updateState(ChannelUID channelUID, State state) {
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                callback.stateUpdated(channelUID, state);
            } else {
                logger.warn(
                        "Handler {} of thing {} tried updating channel {} although the handler was already disposed.",
                        getClass().getSimpleName(), channelUID.getThingUID(), channelUID.getId());
            }
        }
    }

    /**
     * @param channelID the channel id, {@code group#channel} for channels in groups
     */
    protected void updateState(String channelID, State state) {
        updateState(new ChannelUID(getThing().getUID(), channelID), state);
    }

    protected void triggerChannel(ChannelUID channelUID, String event) {
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                callback.channelTriggered(getThing(), channelUID, event);
            } else {
                logger.warn(
                        "Handler {} of thing {} tried triggering channel {} although the handler was already disposed.",
                        getClass().getSimpleName(), channelUID.getThingUID(), channelUID.getId());
            }
        }
    }

    protected void triggerChannel(String channelID, String event) {
        triggerChannel(new ChannelUID(getThing().getUID(), channelID), event);
    }

    protected void triggerChannel(String channelID) {
        triggerChannel(channelID, "");
    }

    protected void triggerChannel(ChannelUID channelUID) {
        triggerChannel(channelUID, "");
    }

    protected void postCommand(String channelID, Command command) {
        postCommand(new ChannelUID(getThing().getUID(), channelID), command);
    }

    protected void postCommand(ChannelUID channelUID, Command command) {
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                callback.postCommand(channelUID, command);
            } else {
                logger.warn(
                        "Handler {} of thing {} tried posting a command to channel {} although the handler was already disposed.",
                        getClass().getSimpleName(), channelUID.getThingUID(), channelUID.getId());
            }
        }
    }

    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail, @Nullable String description) {
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                ThingStatusInfo statusInfo = ThingStatusInfoBuilder.create(status, statusDetail)
                        .withDescription(description).build();
                callback.statusUpdated(this.thing, statusInfo);
            } else {
                logger.warn("Handler {} tried updating the thing status although the handler was already disposed.",
                        getClass().getSimpleName());
            }
        }
    }

    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail) {
        updateStatus(status, statusDetail, null);
    }

    protected void updateStatus(ThingStatus status) {
        updateStatus(status, ThingStatusDetail.NONE, null);
    }

    /**
     * @return a builder initialized with the current thing, to create a changed copy for {@link #updateThing(Thing)}
     */
    protected ThingBuilder editThing() {
        return ThingBuilder.create(this.thing.getThingTypeUID(), this.thing.getUID())
                .withBridge(this.thing.getBridgeUID()).withChannels(this.thing.getChannels())
                .withConfiguration(this.thing.getConfiguration()).withLabel(this.thing.getLabel())
                .withLocation(this.thing.getLocation()).withProperties(this.thing.getProperties());
    }

    /**
     * Replaces the thing by a changed copy and informs the framework.
     *
     * @throws IllegalArgumentException if the given thing is the current one
     */
    protected void updateThing(Thing thing) {
        if (thing == this.thing) {
            throw new IllegalArgumentException("Changes must not be done on the current thing - create a copy.");
        }
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                this.thing = thing;
                callback.thingUpdated(thing);
            } else {
                logger.warn("Handler {} tried updating thing {} although the handler was already disposed.",
                        getClass().getSimpleName(), thing.getUID());
            }
        }
    }

    /**
     * @return a modifiable copy of the current configuration, to be passed to
     *         {@link #updateConfiguration(Configuration)}
     */
    protected Configuration editConfiguration() {
        Map<String, Object> properties = this.thing.getConfiguration().getProperties();
        return new Configuration(new HashMap<>(properties));
    }

    /**
     * Stores the configuration in the thing and informs the framework. If the framework refuses (e.g. an
     * {@link IllegalStateException} for things from read-only providers) the old configuration is restored and the
     * exception is rethrown.
     */
    protected void updateConfiguration(Configuration configuration) {
        Map<String, Object> old = this.thing.getConfiguration().getProperties();
        try {
            this.thing.getConfiguration().setProperties(configuration.getProperties());
            synchronized (this) {
                ThingHandlerCallback callback = this.callback;
                if (callback != null) {
                    callback.thingUpdated(thing);
                } else {
                    logger.warn(
                            "Handler {} tried updating its configuration although the handler was already disposed.",
                            getClass().getSimpleName());
                }
            }
        } catch (RuntimeException e) {
            logger.warn(
                    "Error while applying configuration changes: '{}: {}' - reverting configuration changes on thing '{}'.",
                    e.getClass().getSimpleName(), e.getMessage(), this.thing.getUID().getAsString());
            this.thing.getConfiguration().setProperties(old);
            throw e;
        }
    }

    /**
     * @return a modifiable copy of the thing properties
     */
    protected Map<String, String> editProperties() {
        return new HashMap<>(this.thing.getProperties());
    }

    /**
     * Sets the given properties (others are kept) and informs the framework if anything changed.
     */
    protected void updateProperties(@Nullable Map<String, String> properties) {
        if (properties == null) {
            return;
        }
        boolean propertiesUpdated = false;
        for (Entry<String, String> property : properties.entrySet()) {
            String propertyName = property.getKey();
            String propertyValue = property.getValue();
            String existingPropertyValue = thing.getProperties().get(propertyName);
            if (existingPropertyValue == null || !existingPropertyValue.equals(propertyValue)) {
                this.thing.setProperty(propertyName, propertyValue);
                propertiesUpdated = true;
            }
        }
        if (propertiesUpdated) {
            notifyThingUpdated();
        }
    }

    /**
     * Sets (or, with {@code null}, removes) one property and informs the framework if it changed.
     */
    protected void updateProperty(String name, @Nullable String value) {
        String existingPropertyValue = thing.getProperties().get(name);
        if (existingPropertyValue == null || !existingPropertyValue.equals(value)) {
            thing.setProperty(name, value);
            notifyThingUpdated();
        }
    }

    private void notifyThingUpdated() {
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                callback.thingUpdated(thing);
            } else {
                logger.warn("Handler {} tried updating its thing properties although the handler was already disposed.",
                        getClass().getSimpleName());
            }
        }
    }

    /**
     * @return the bridge of the thing or {@code null} if it has none or it is not known
     */
    protected @Nullable Bridge getBridge() {
        ThingUID bridgeUID = thing.getBridgeUID();
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                return bridgeUID != null ? callback.getBridge(bridgeUID) : null;
            } else {
                logger.warn("Handler {} of thing {} tried accessing its bridge although the handler was already disposed.",
                        getClass().getSimpleName(), thing.getUID());
                return null;
            }
        }
    }

    /**
     * @param channelId the channel id ({@code group#channel} for channels in groups); the thing must have it
     * @return whether at least one item is linked to the channel
     */
    protected boolean isLinked(String channelId) {
        Channel channel = thing.getChannel(channelId);
        return channel != null && isLinked(channel.getUID());
    }

    protected boolean isLinked(ChannelUID channelUID) {
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                return callback.isChannelLinked(channelUID);
            } else {
                logger.warn(
                        "Handler {} of thing {} tried checking if channel {} is linked although the handler was already disposed.",
                        getClass().getSimpleName(), channelUID.getThingUID(), channelUID.getId());
                return false;
            }
        }
    }

    /**
     * @return whether the thing is initialized (status UNKNOWN, ONLINE or OFFLINE)
     */
    protected boolean isInitialized() {
        ThingStatus status = getThing().getStatus();
        return status == ThingStatus.ONLINE || status == ThingStatus.OFFLINE || status == ThingStatus.UNKNOWN;
    }

    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        if (bridgeStatusInfo.getStatus() == ThingStatus.ONLINE
                && getThing().getStatusInfo().getStatusDetail() == ThingStatusDetail.BRIDGE_OFFLINE) {
            updateStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        } else if (bridgeStatusInfo.getStatus() == ThingStatus.OFFLINE) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        }
    }

    /**
     * Asks the framework to change the thing type (the handler is disposed and a new one created).
     */
    protected void changeThingType(ThingTypeUID thingTypeUID, Configuration configuration) {
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                callback.migrateThingType(getThing(), thingTypeUID, configuration);
            } else {
                logger.warn("Handler {} tried changing its thing type although the handler was already disposed.",
                        getClass().getSimpleName());
            }
        }
    }
}
