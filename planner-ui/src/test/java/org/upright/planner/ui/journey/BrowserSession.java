package org.upright.planner.ui.journey;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A headless Chromium from the machine's packages, driven by Playwright. Playwright must not fetch
 * a browser of its own: these machines reach only package registries.
 *
 * <p>Assertions, clicks and navigations wait up to {@value #PATIENCE_MS} ms for their condition
 * (Playwright's defaults are 5 s for assertions and 30 s for actions): CI shares two cores with
 * other builds, and at a load of about 20 a first "add exercise" in the planner took longer than
 * 30 s. A generous limit costs nothing when the page is quick; a tight one fails a correct product.
 * Contexts therefore come from {@link #newContext}, never from the browser directly.
 */
final class BrowserSession implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    static final double PATIENCE_MS = 120_000;

    private final Playwright playwright;
    private final Browser browser;

    BrowserSession() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Browser tests need Chromium at " + CHROMIUM
                    + " (Debian: apt-get install chromium; or set CHROMIUM_PATH)");
        }
        PlaywrightAssertions.setDefaultAssertionTimeout(PATIENCE_MS);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    Browser browser() {
        return browser;
    }

    /** A fresh browser profile whose actions and navigations wait as patiently as the assertions. */
    BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(PATIENCE_MS);
        context.setDefaultNavigationTimeout(PATIENCE_MS);
        return context;
    }

    BrowserContext newContext() {
        return newContext(new Browser.NewContextOptions());
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
