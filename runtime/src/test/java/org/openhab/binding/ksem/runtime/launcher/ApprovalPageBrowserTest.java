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
package org.openhab.binding.ksem.runtime.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.openhab.binding.ksem.runtime.MeterThings.THING;
import static org.openhab.binding.ksem.runtime.MeterThings.TOKEN_NAME;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhab.binding.ksem.runtime.MeterThings;
import org.openhab.binding.ksem.runtime.api.ThingConfigurationEvent;
import org.openhab.binding.ksem.runtime.api.ThingStatusEvent;
import org.openhab.binding.ksem.simulator.KsemSimulator;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The owner's side of the token flow in a real browser: the add-on (in Felix) requests a token with the password,
 * the owner logs in to the simulator's web page and presses Authorise, and the Thing switches to the token. Needs
 * Debian's {@code chromium} and {@code chromium-driver}; skipped without them unless {@code -Dksem.requireBrowser=true}.
 *
 * @author KSEM binding contributors
 */
class ApprovalPageBrowserTest {

    /** Debian's paths; the properties exist to try the skip (and ksem.requireBrowser) without uninstalling. */
    private static final Path CHROMIUM = Path.of(System.getProperty("ksem.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("ksem.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PASSWORD = "page-pw-42";

    /** Selenium's notes about CDP versions are noise here; kept referenced, or JUL forgets the level. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    @TempDir
    Path folder;

    @BeforeEach
    void browserInstalled() {
        SELENIUM_LOG.setLevel(Level.SEVERE);
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = CHROMIUM + " or " + CHROMEDRIVER + " is missing (apt-get install chromium chromium-driver)";
        if (Boolean.getBoolean("ksem.requireBrowser")) {
            assertTrue(installed, missing + ", and ksem.requireBrowser=true");
        }
        assumeTrue(installed, "Browser test skipped: " + missing + "; -Dksem.requireBrowser=true makes this fail");
    }

    @Test
    void ownerAuthorisesThePendingTokenOnTheWebPage() throws Exception {
        try (KsemSimulator simulator = KsemSimulator.builder().password(PASSWORD)
                .frameInterval(Duration.ofMillis(200)).rateLimit(false).build().start()) {
            Path things = MeterThings.withPassword(folder, simulator);
            EventLog events = new EventLog();
            try (KsemRuntime runtime = KsemRuntime.builder().thingsFile(things).listener(events).build().start()) {
                assertTrue(runtime.problems().isEmpty(), runtime.problems().toString());
                events.await(ThingStatusEvent.class,
                        e -> e.is("ONLINE", "CONFIGURATION_PENDING") && e.description().contains(TOKEN_NAME), WAIT);

                WebDriver browser = startBrowser();
                String tokenId;
                long authorised;
                try {
                    // the page rebuilds the token rows after every action, so a row found a moment ago may be gone
                    WebDriverWait wait = new WebDriverWait(browser, WAIT);
                    wait.ignoring(StaleElementReferenceException.class);
                    browser.get(simulator.baseUri() + "/");
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password"))).sendKeys(PASSWORD);
                    browser.findElement(By.id("login")).click();
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tokens-view")));
                    WebElement row = wait.until(b -> pendingRow(b));
                    tokenId = row.getAttribute("data-token-id");

                    authorised = events.position();
                    row.findElement(By.cssSelector("button.authorise")).click();
                    wait.until(b -> "authorised".equals(b
                            .findElement(By.cssSelector("tr[data-token-id='" + tokenId + "']")).getAttribute("data-state")));
                } finally {
                    browser.quit();
                }

                events.await(ThingConfigurationEvent.class, e -> e.has("accessToken") && !e.has("password"), WAIT,
                        authorised);
                ThingStatusEvent online = events.await(ThingStatusEvent.class, e -> e.status().equals("ONLINE")
                        && !e.detail().equals("CONFIGURATION_PENDING"), WAIT, authorised);
                assertEquals(THING, online.thing());
                Map<String, Object> stored = MeterThings.configuration(things);
                assertEquals(simulator.tokens().find(tokenId).orElseThrow().token(), stored.get("accessToken"));
                assertFalse(stored.containsKey("password"));
            }
        }
    }

    /** The row of the add-on's pending token, once the page has loaded the list. */
    private static WebElement pendingRow(WebDriver browser) {
        if (!"true".equals(browser.findElement(By.id("token-rows")).getAttribute("data-loaded"))) {
            return null;
        }
        for (WebElement row : browser.findElements(By.cssSelector("#token-rows tr[data-state='pending']"))) {
            if (TOKEN_NAME.equals(row.findElement(By.cssSelector("td.name")).getText())) {
                return row;
            }
        }
        return null;
    }

    private WebDriver startBrowser() throws Exception {
        // Selenium Manager must not look for (or download) anything: both paths are given
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(folder.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
