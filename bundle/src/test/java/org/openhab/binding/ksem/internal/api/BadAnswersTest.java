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
package org.openhab.binding.ksem.internal.api;

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

import java.time.Clock;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.Gson;

/**
 * Answers no KSEM should give: whatever the body of a successful answer, the binding ends in a
 * {@link KsemCommunicationException} (retried later) and never in a RuntimeException that could escape into a job;
 * a broken login answer is not mistaken for a wrong password.
 *
 * @author KSEM binding contributors - Initial contribution
 */
@NonNullByDefault
class BadAnswersTest {

    private static final KsemEndpoint ENDPOINT = KsemEndpoint.of("127.0.0.1:1", false);
    private final Gson gson = new Gson();

    private KsemHttpTransport answering(int status, String body) throws KsemCommunicationException {
        KsemHttpTransport http = mock(KsemHttpTransport.class);
        when(http.send(any())).thenReturn(new KsemResponse(status, body));
        return http;
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "null", "[]", "[1,2]", "\"text\"", "42", "<html>busy</html>", "{\"Serial\":{\"a\":1}}",
            "{\"Serial\":", "{{{" })
    void brokenDeviceSettingsAreACommunicationProblem(String body) throws Exception {
        KsemRestClient client = new KsemRestClient(answering(200, body), ENDPOINT, new AccessTokenCredentials("t"),
                gson);
        assertThrows(KsemCommunicationException.class, client::getDeviceSettings);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"CpuLoad\":\"high\"}", "{\"RamFree\":1.5e400}", "{\"RamFree\":\"many\"}", "[]" })
    void brokenDeviceUsageIsACommunicationProblem(String body) throws Exception {
        KsemRestClient client = new KsemRestClient(answering(200, body), ENDPOINT, new AccessTokenCredentials("t"),
                gson);
        assertThrows(KsemCommunicationException.class, client::getDeviceUsage);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "[]", "{}", "{\"state\":{}}", "<html>", "{\"state\":" })
    void brokenTokenStatesAreACommunicationProblem(String body) throws Exception {
        AccessTokenApi api = new AccessTokenApi(answering(200, body), ENDPOINT, gson);
        assertThrows(KsemCommunicationException.class, () -> api.self("t"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "[]", "{}", "<html>", "{\"access_token\":\"\"}", "{\"expires_in\":\"soon\"}" })
    void aBrokenLoginAnswerIsNotAWrongPassword(String body) throws Exception {
        PasswordLogin login = new PasswordLogin(answering(200, body), ENDPOINT, "pw", gson, Clock.systemUTC());
        assertThrows(KsemCommunicationException.class, login::bearer);
    }

    @ParameterizedTest
    @ValueSource(ints = { 500, 502, 503 })
    void serverErrorsKeepTheirStatus(int status) throws Exception {
        KsemRestClient client = new KsemRestClient(answering(status, "oops"), ENDPOINT, new AccessTokenCredentials("t"),
                gson);
        KsemServerErrorException error = assertThrows(KsemServerErrorException.class, client::getDeviceSettings);
        assertEquals(status, error.getStatus());
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"error\":\"invalid_grant\"}" })
    void aLoginErrorIsAWrongPassword(String body) throws Exception {
        PasswordLogin login = new PasswordLogin(answering(200, body), ENDPOINT, "pw", gson, Clock.systemUTC());
        assertThrows(KsemAuthenticationException.class, login::bearer);
        PasswordLogin refused = new PasswordLogin(answering(400, body), ENDPOINT, "pw", gson, Clock.systemUTC());
        assertThrows(KsemAuthenticationException.class, refused::bearer);
    }
}
