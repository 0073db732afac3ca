package org.upright.planner.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.upright.planner.UprightApplication;
import org.upright.planner.testsupport.TestDatabaseConfiguration;

/**
 * A lifter plans a press-heavy week, sees the push:pull alert, applies the fix, sees the alert go,
 * undoes and redoes it from the keyboard (Ctrl+Z in a text field stays the field's), copies the week
 * into the next and is asked before doubling it up, reloads and finds the week as left; then the
 * same week on a phone-sized screen.
 */
@ExtendWith(SignsInAsItsOwnContext.class)
@SpringBootTest(
        classes = UprightApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "upright.demo-data=never")
@Import({TestDatabaseConfiguration.class, JourneyMail.class})
class PlannerJourneyIT {

    private static final Logger log = LoggerFactory.getLogger(PlannerJourneyIT.class);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void aPressHeavyWeekIsBalancedWithOneClickAndStaysThatWay() {
        // a lifter in New York (issue 13): the browser's zone is taken on the first visit
        try (BrowserContext desktop = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1440, 900).setTimezoneId("America/New_York"))) {
            Page page = desktop.newPage();
            Journeys.signUp(page, url(""), "Pat Presser", "pat-" + UUID.randomUUID() + "@example.com");
            assertThat(page.locator("#week-title")).containsText("Pat Presser");

            Locator monday = page.locator(".day-column").first();
            monday.locator(".add-session").click();
            page.getByLabel("Title").fill("Push day");
            page.locator("#session-time input").fill("06:30");
            page.locator("#session-time input").press("Tab");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            Locator session = monday.locator(".session-card");
            assertThat(session.locator(".session-title")).hasText("Push day");

            addExercise(page, session, "bench", "bench-press");
            addExercise(page, session, "overhead", "overhead-press");
            long started = System.nanoTime();
            addExercise(page, session, "dips", "dips");
            assertThat(session.locator("[data-exercise=dips]")).isVisible();
            long roundTripMillis = (System.nanoTime() - started) / 1_000_000;
            log.info("Balance panel round trip (add exercise -> panel redrawn): {} ms", roundTripMillis);

            Locator pushPullFinding = page.locator(".finding[data-rule=PUSH_PULL_RATIO]");
            assertThat(pushPullFinding).isVisible();
            assertThat(pushPullFinding).containsText("Needs attention");
            assertThat(page.locator("#balance-push-pull"))
                    .hasClass(java.util.regex.Pattern.compile(".*balance-short.*"));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("planner-press-heavy.png")));

            long applyStarted = System.nanoTime();
            pushPullFinding.locator("vaadin-button.apply-finding").click();
            assertThat(page.locator(".finding[data-rule=PUSH_PULL_RATIO]")).hasCount(0);
            log.info("Apply suggestion round trip: {} ms", (System.nanoTime() - applyStarted) / 1_000_000);
            assertThat(page.locator("#balance-push-pull")).hasClass(java.util.regex.Pattern.compile(".*balance-ok.*"));
            int exercisesAfterFix = session.locator(".prescription").count();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("planner-balanced.png")));

            // Ctrl+Z while typing in a field undoes the typing, not the plan...
            session.locator("[data-exercise=bench-press] .prescription-dose").click();
            Locator note =
                    session.locator(".dose-editor vaadin-text-field input").last();
            note.fill("pause at the chest");
            note.press("Control+z");
            session.locator(".dose-editor vaadin-button", new Locator.LocatorOptions().setHasText("Cancel"))
                    .click();
            // ...outside a field it undoes the last edit, the whole fix in one step: had the key in
            // the field undone the fix, this one would take the dips away instead.
            page.locator("#week-title").click();
            page.keyboard().press("Control+z");
            assertThat(page.locator(".finding[data-rule=PUSH_PULL_RATIO]")).isVisible();
            assertThat(session.locator(".prescription")).hasCount(3);
            assertThat(session.locator("[data-exercise=dips]")).isVisible();
            page.keyboard().press("Control+Shift+z");
            assertThat(page.locator(".finding[data-rule=PUSH_PULL_RATIO]")).hasCount(0);
            assertThat(session.locator(".prescription")).hasCount(exercisesAfterFix);
            assertThat(page.locator("#plan-undo")).hasAttribute("aria-label", "Undo: applied a fix");

            page.reload();
            Locator reloadedSession = page.locator(".day-column").first().locator(".session-card");
            assertThat(reloadedSession.locator(".session-title")).hasText("Push day");
            assertThat(reloadedSession.locator(".prescription")).hasCount(exercisesAfterFix);
            assertThat(reloadedSession.locator("[data-exercise=bench-press]")).isVisible();
            assertThat(page.locator(".finding[data-rule=PUSH_PULL_RATIO]")).hasCount(0);

            // Next week starts as a copy of this one; copying again asks before doubling it up.
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Next week"))
                    .click();
            page.locator("#copy-last-week").click();
            Locator nextMonday = page.locator(".day-column").first();
            assertThat(nextMonday.locator(".session-title")).hasText("Push day");
            assertThat(page.locator("#plan-undo")).hasAttribute("aria-label", "Undo: copied last week");
            page.locator("#copy-last-week").click();
            assertThat(page.getByText("Bring in last week’s sessions instead of them, or next to them?"))
                    .isVisible();
            page.locator("#existing-keep").click();
            assertThat(nextMonday.locator(".session-title")).hasCount(2);
            page.locator("#plan-undo").click();
            assertThat(nextMonday.locator(".session-title")).hasCount(1);
            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Previous week"))
                    .click();
            assertThat(page.locator(".day-column").first().locator("[data-exercise=bench-press]"))
                    .isVisible();

            Download calendar =
                    page.waitForDownload(() -> page.locator("#export-calendar").click());
            org.assertj.core.api.Assertions.assertThat(calendar.suggestedFilename())
                    .endsWith(".ics");
            String ics = readAll(calendar);
            org.assertj.core.api.Assertions.assertThat(ics)
                    .contains("BEGIN:VCALENDAR", "SUMMARY:Push day", "BEGIN:VALARM")
                    // at 06:30 where the lifter is, whatever the server's zone
                    .contains("BEGIN:VTIMEZONE", "TZID:America/New_York")
                    .containsPattern("DTSTART;TZID=America/New_York:\\d{8}T063000");

            try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(390, 844)
                    .setIsMobile(true)
                    .setHasTouch(true)
                    .setStorageState(desktop.storageState()))) {
                Page small = phone.newPage();
                small.navigate(url("/week"));
                assertThat(small.locator(".day-tabs")).isVisible();
                assertThat(small.locator(".day-column:visible")).hasCount(1);
                Locator visibleDay = small.locator(".day-column:visible");
                assertThat(visibleDay.locator(".session-title")).hasText("Push day");
                assertThat(small.locator("#balance-panel")).isVisible();
                // the tools wrap on a narrow screen: none runs off its edge
                for (String tool : new String[] {"#plan-undo", "#plan-redo", "#copy-last-week", "#export-calendar"}) {
                    assertThat(small.locator(tool)).isInViewport();
                }
                small.screenshot(new Page.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve("planner-phone.png"))
                        .setFullPage(true));
                Locator sunday = small.locator("vaadin-tab").nth(6);
                sunday.click();
                assertThat(small.locator(".day-column:visible .rest-day")).isVisible();
                small.locator(".day-column:visible .add-session").click();
                assertThat(small.getByLabel("Title")).isVisible();
            }
        }
    }

    private static void addExercise(Page page, Locator session, String search, String slug) {
        session.locator(".add-exercise").click();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search exercises"))
                .fill(search);
        page.locator("vaadin-dialog-overlay vaadin-button[data-exercise=" + slug + "], vaadin-button[data-exercise="
                        + slug + "]")
                .first()
                .click();
        assertThat(session.locator("[data-exercise=" + slug + "]")).isVisible();
    }

    private static String readAll(Download download) {
        try {
            return java.nio.file.Files.readString(download.path());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
