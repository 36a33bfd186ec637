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
package org.openhab.core.i18n;

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.framework.Bundle;

/**
 * Resolves texts of a bundle's {@code OH-INF/i18n} resources.
 *
 * @author Michael Grammling - Initial contribution (openHAB)
 */
@NonNullByDefault
public interface TranslationProvider {

    /**
     * @return the translated text, the default text if there is none, or {@code null}
     */
    @Nullable
    String getText(@Nullable Bundle bundle, @Nullable String key, @Nullable String defaultText,
            @Nullable Locale locale);

    /**
     * Like {@link #getText(Bundle, String, String, Locale)}, formatting the text with the arguments
     * ({@link java.text.MessageFormat}).
     */
    @Nullable
    String getText(@Nullable Bundle bundle, @Nullable String key, @Nullable String defaultText,
            @Nullable Locale locale, @Nullable Object @Nullable... arguments);
}
