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

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Outcome of a token action (create, check, recreate, delete) for rules and the console. Never carries the token.
 *
 * @param state the token's state afterwards
 * @param expiry when the token expires, if it carries an expiry
 * @param message one English sentence saying what happened or what the owner should do
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
public record TokenReport(TokenState state, @Nullable Instant expiry, String message) {
}
