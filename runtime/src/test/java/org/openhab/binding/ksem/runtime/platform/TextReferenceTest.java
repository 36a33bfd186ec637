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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * @author KSEM binding contributors
 */
class TextReferenceTest {

    @Test
    void readsTheKeyAndTheQuotedArguments() {
        TextReference reference = TextReference
                .parse("@text/online.token-pending [\"openHAB ksem:meter:home\", \"http://127.0.0.1:8080/\"]");

        assertEquals("online.token-pending", reference.key());
        assertEquals(List.of("openHAB ksem:meter:home", "http://127.0.0.1:8080/"), reference.arguments());
        assertEquals("Token \"openHAB ksem:meter:home\" at http://127.0.0.1:8080/",
                reference.format("Token \"{0}\" at {1}"));
    }

    @Test
    void keepsEscapedQuotesAndCommasInsideArguments() {
        TextReference reference = TextReference.parse("@text/offline.comm-error-unreachable [\"a, \\\"b\\\"\", \"c\"]");

        assertEquals(List.of("a, \"b\"", "c"), reference.arguments());
    }

    @Test
    void aKeyWithoutArgumentsIsUsedAsItIs() {
        TextReference reference = TextReference.parse("@text/offline.conf-error-wrong-password");

        assertEquals("offline.conf-error-wrong-password", reference.key());
        assertEquals("The KSEM's password", reference.format("The KSEM's password"), "no MessageFormat quoting");
    }

    @Test
    void plainTextIsNoReference() {
        assertNull(TextReference.parse("Connecting"));
        assertNull(TextReference.parse(null));
    }
}
