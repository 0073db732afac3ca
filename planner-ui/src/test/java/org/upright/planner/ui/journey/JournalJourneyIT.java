package org.upright.planner.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;
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
import org.upright.planner.account.Role;
import org.upright.planner.account.SignUpCommand;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.Weeks;
import org.upright.planner.testsupport.TestAddresses;
import org.upright.planner.testsupport.TestDatabaseConfiguration;
import org.upright.planner.ui.TestPeople;

/**
 * On a phone: a lifter opens the journal from the menu, marks today's session done with one tap,
 * checks in with pain 8, ticks numbness in
 * the arms, and sees the notice to see a doctor and the paused plan — in the journal and above the
 * planner. Their coach then sees the red badge on the roster.
 */
@ExtendWith(SignsInAsItsOwnContext.class)
@SpringBootTest(
        classes = UprightApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "upright.demo-data=never")
@Import(TestDatabaseConfiguration.class)
class JournalJourneyIT {

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

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void painEightWithNumbnessPausesThePlanAndTheCoachSeesTheBadge() {
        AccountSummary coach = account("Cass Coach", Role.COACH);
        AccountSummary lifter = account("Nico Numb", Role.LIFTER);
        new TestPeople(accounts, coaching).link(coach, lifter);
        LocalDate today = LocalDate.now();
        TestPeople.as(
                lifter,
                () -> plans.addSession(
                        lifter.id(),
                        Weeks.startOf(today),
                        PlannedWeek.NOT_SAVED,
                        today,
                        SessionKind.MOBILITY,
                        "Stretch"));
        Browser.NewContextOptions phone = new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true);

        try (BrowserContext lifterPhone = browser.newContext(phone)) {
            Page page = lifterPhone.newPage();
            Journeys.signIn(page, url(""), lifter.email(), Journeys.PASSWORD);
            assertThat(page.locator("#week-title")).containsText("Nico Numb");

            page.locator("vaadin-drawer-toggle").click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Journal"))
                    .click();
            Locator sessions = page.locator("#sessions");
            sessions.locator(".mark-done").click();
            assertThat(sessions.locator(".log-status")).containsText("Done");
            sessions.screenshot(
                    new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("journal-sessions-phone.png")));

            Locator checkIn = page.locator("#check-in");
            assertThat(checkIn).isVisible();

            checkIn.getByRole(
                            AriaRole.RADIO,
                            new Locator.GetByRoleOptions().setName("8").setExact(true))
                    .check();
            Locator numbness = checkIn.getByRole(
                    AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName(Pattern.compile("numbness")));
            assertThat(numbness).isVisible();
            numbness.check();
            page.locator("#save-check-in").click();

            Locator notice = page.locator("#safety-notice");
            assertThat(notice).isVisible();
            assertThat(notice.locator("#plan-paused")).hasText("Your plan is paused");
            assertThat(notice).containsText("See a medical professional now");
            assertThat(notice).containsText("Numbness, tingling or weakness in the arms or legs can mean a nerve");
            assertThat(notice.locator("#record-clearance")).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve("journal-red-flag-phone.png"))
                    .setFullPage(true));

            Locator history = page.locator("#history");
            history.scrollIntoViewIfNeeded();
            assertThat(history.locator("svg")).isVisible();
            history.screenshot(
                    new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("journal-history-phone.png")));
            page.locator("#check-in")
                    .screenshot(
                            new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("journal-check-in-phone.png")));

            page.navigate(url("/week"));
            Locator banner = page.locator("#safety-banner");
            assertThat(banner.locator("#plan-paused")).hasText("Your plan is paused");
            assertThat(banner).containsText("See a medical professional now");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("week-paused-phone.png")));
        }

        try (BrowserContext coachPhone = browser.newContext(phone)) {
            Page page = coachPhone.newPage();
            Journeys.signIn(page, url(""), coach.email(), Journeys.PASSWORD);
            Locator badge = page.locator("vaadin-grid-cell-content .red-badge");
            assertThat(badge).hasText("Red flag");
            assertThat(page.locator("vaadin-grid-cell-content .client-name")).containsText("Nico Numb");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("roster-red-badge-phone.png")));

            page.navigate(url("/clients/" + lifter.id() + "/journal"));
            assertThat(page.locator("#plan-paused")).hasText("This client’s plan is paused");
            assertThat(page.locator("#record-clearance")).hasCount(0);
        }
    }

    private AccountSummary account(String name, Role role) {
        String email = TestAddresses.unique(name);
        return accounts.createConfirmed(new SignUpCommand(email, Journeys.PASSWORD, name, role));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
