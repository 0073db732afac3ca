package org.upright.planner.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.upright.planner.UprightApplication;
import org.upright.planner.testsupport.TestDatabaseConfiguration;

/**
 * A coach invites a lifter, the lifter (in a second browser) accepts, the coach opens the lifter's
 * week from the roster and plans a session, and the lifter sees it in their own week.
 */
@ExtendWith(SignsInAsItsOwnContext.class)
@SpringBootTest(
        classes = UprightApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "upright.demo-data=never")
@Import({TestDatabaseConfiguration.class, JourneyMail.class})
class CoachingJourneyIT {

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
    void aCoachInvitesTheLifterAcceptsAndTheCoachsPlanReachesTheLifter() {
        String lifterEmail = "client-" + UUID.randomUUID() + "@example.com";
        try (BrowserContext coachContext = browser.newContext();
                BrowserContext lifterContext = browser.newContext()) {
            Page coach = coachContext.newPage();
            Page lifter = lifterContext.newPage();

            Journeys.signUpAs(
                    coach, url(""), "Casey Coach", "coach-" + UUID.randomUUID() + "@example.com", "Coaching others");
            assertThat(coach.locator("h2").first()).containsText("Casey Coach’s clients");
            coach.locator("#invite").click();
            coach.getByLabel("Lifter’s e-mail address").fill(lifterEmail);
            coach.locator("#create-invitation").click();
            Locator link = coach.locator("#invitation-link input");
            assertThat(link).hasValue(java.util.regex.Pattern.compile(".*/invitation/.+"));
            String invitationUrl = link.inputValue();
            coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close"))
                    .click();

            Journeys.signUp(lifter, url(""), "Lou Lifter", lifterEmail);
            lifter.navigate(invitationUrl);
            assertThat(lifter.getByText("Casey Coach invites you")).isVisible();
            lifter.locator("#accept-invitation").click();
            assertThat(lifter.locator("#my-coach")).containsText("Casey Coach");

            coach.navigate(url("/clients"));
            Locator row = coach.locator("vaadin-grid-cell-content").getByText("Lou Lifter");
            assertThat(row).isVisible();
            row.click();
            assertThat(coach.locator("#week-title")).containsText("Lou Lifter");
            Locator wednesday = coach.locator(".day-column").nth(2);
            wednesday.locator(".add-session").click();
            coach.getByLabel("Title").fill("Coach's rowing day");
            coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            assertThat(wednesday.locator(".session-title")).hasText("Coach's rowing day");

            lifter.navigate(url("/week"));
            assertThat(lifter.locator(".day-column").nth(2).locator(".session-title"))
                    .hasText("Coach's rowing day");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
