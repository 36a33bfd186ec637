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
package org.openhab.binding.ksem.runtime.platform;

import java.util.Locale;

import org.osgi.framework.Bundle;

/**
 * Turns a handler's status description ({@code @text/offline.conf-error-wrong-password}) into the text the owner
 * reads, as openHAB's UI does. Plain descriptions pass unchanged; an unknown key is shown as the reference.
 *
 * @author KSEM binding contributors
 */
final class StatusTexts {

    /** A translated description and, if it came from one, its i18n key. */
    record Translated(String text, String key) {
    }

    private final BundleTexts texts;
    private final Locale locale;

    StatusTexts(BundleTexts texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    /** @param bundle the add-on whose handler set the description, or null */
    Translated translate(Bundle bundle, String description) {
        TextReference reference = TextReference.parse(description);
        if (reference == null) {
            return new Translated(description, null);
        }
        String pattern = bundle == null ? null : texts.text(bundle, reference.key(), locale);
        return new Translated(pattern == null ? description : reference.format(pattern), reference.key());
    }
}
