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

import java.text.MessageFormat;
import java.util.Locale;

import org.openhab.core.i18n.TranslationProvider;
import org.osgi.framework.Bundle;

/**
 * openHAB's {@link TranslationProvider} over the add-ons' own {@code OH-INF/i18n} files.
 *
 * @author KSEM binding contributors
 */
final class BundleTranslationProvider implements TranslationProvider {

    private final BundleTexts texts;
    private final Locale defaultLocale;

    BundleTranslationProvider(BundleTexts texts, Locale defaultLocale) {
        this.texts = texts;
        this.defaultLocale = defaultLocale;
    }

    @Override
    public String getText(Bundle bundle, String key, String defaultText, Locale locale) {
        if (bundle == null || key == null) {
            return defaultText;
        }
        String text = texts.text(bundle, key, locale == null ? defaultLocale : locale);
        return text == null ? defaultText : text;
    }

    @Override
    public String getText(Bundle bundle, String key, String defaultText, Locale locale, Object... arguments) {
        String text = getText(bundle, key, defaultText, locale);
        return text == null || arguments == null || arguments.length == 0 ? text
                : MessageFormat.format(text, arguments);
    }
}
