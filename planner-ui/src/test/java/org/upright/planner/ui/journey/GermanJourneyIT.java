package org.upright.planner.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.upright.planner.UprightApplication;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.Role;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.testsupport.TestDatabaseConfiguration;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.review.Pdfs;
import org.upright.planner.ui.review.ReviewData;

/**
 * Issue 13's German journey: a lifter whose browser speaks German (de-DE) signs in, opens the
 * planner, checks in and downloads the review PDF — every screen in German, the PDF read back in
 * German, and German stored as the lifter's language.
 */
@ExtendWith(SignsInAsItsOwnContext.class)
@SpringBootTest(
        classes = UprightApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "upright.demo-data=never")
@Import(TestDatabaseConfiguration.class)
class GermanJourneyIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    WeekPlanService plans;

    @Autowired
    ProfileService profiles;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void aLifterWithAGermanBrowserSignsInPlansChecksInAndReadsTheReviewInGerman() throws Exception {
        AccountSummary lifter = new TestPeople(accounts, coaching).create("Jürgen Weiß", Role.LIFTER);
        ReviewData.balancedWeeks(plans, lifter, 4);

        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setLocale("de-DE").setAcceptDownloads(true))) {
            Page page = context.newPage();

            page.navigate(url("/login"));
            assertThat(page.getByText("Ausgewogenes Training für einen gesunden oberen Rücken."))
                    .isVisible();
            assertThat(page).hasTitle("Anmelden · Upright");
            Journeys.submitSignIn(page, lifter.email(), TestPeople.PASSWORD);
            Journeys.answerSafetyCheckIfAsked(page);

            // The planner
            page.navigate(url("/week"));
            assertThat(page.locator("#week-title")).containsText("Jürgen Weiß");
            assertThat(page.locator("#week-title")).containsText("KW ");
            assertThat(page.locator("#balance-panel")).containsText("Balance-Wert");
            assertThat(page.locator("#balance-panel")).containsText("Aufwärmen der Brustwirbelsäule");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden")))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Diese Woche")))
                    .isVisible();
            assertThat(page).hasTitle("Meine Woche · Upright");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("german-planner.png")));

            // The check-in
            page.navigate(url("/journal"));
            Locator checkIn = page.locator("#check-in");
            assertThat(checkIn).containsText("Wie geht es deinem Rücken?");
            checkIn.getByRole(
                            AriaRole.RADIO,
                            new Locator.GetByRoleOptions().setName("2").setExact(true))
                    .check();
            page.locator("#save-check-in").click();
            assertThat(page.locator("#save-check-in")).hasText("Check-in speichern");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("german-check-in.png")));

            // The review and its PDF
            page.navigate(url("/review"));
            assertThat(page.locator("#review-title")).hasText("Auswertung für Jürgen Weiß");
            Download download =
                    page.waitForDownload(() -> page.locator("#download-review").click());
            Pdfs.Read pdf = Pdfs.read(download.path());
            assertThat(pdf.text())
                    .contains("TRAININGSAUSWERTUNG", "Jürgen Weiß", "Kennzahlen")
                    .doesNotContain("What to do next", "Key figures");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("german-review.png")));
        }

        assertThat(TestPeople.as(lifter, () -> profiles.myLanguage())).contains(Locale.GERMAN);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
