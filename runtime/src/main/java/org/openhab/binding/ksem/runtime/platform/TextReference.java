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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * openHAB's reference to a translatable text: {@code @text/offline.comm-error-http ["404"]}, a key and optional
 * quoted arguments for {@link MessageFormat}.
 *
 * @param key the i18n key
 * @param arguments the arguments in order
 *
 * @author KSEM binding contributors
 */
record TextReference(String key, List<String> arguments) {

    private static final String PREFIX = "@text/";
    private static final Pattern REFERENCE = Pattern.compile("@text/([^\\s\\[]+)\\s*(?:\\[(.*)])?\\s*",
            Pattern.DOTALL);
    private static final Pattern ARGUMENT = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** @return the reference, or null if the text is plain text */
    static TextReference parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return null;
        }
        Matcher matcher = REFERENCE.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        List<String> arguments = new ArrayList<>();
        String list = matcher.group(2);
        if (list != null) {
            Matcher argument = ARGUMENT.matcher(list);
            while (argument.find()) {
                arguments.add(argument.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
            }
        }
        return new TextReference(matcher.group(1), List.copyOf(arguments));
    }

    /** Fills the arguments into a translated pattern. */
    String format(String pattern) {
        return arguments.isEmpty() ? pattern : MessageFormat.format(pattern, arguments.toArray());
    }
}
