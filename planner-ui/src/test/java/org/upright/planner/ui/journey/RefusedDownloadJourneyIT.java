package org.upright.planner.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.upright.planner.UprightApplication;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.testsupport.TestDatabaseConfiguration;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.review.ReviewData;

/**
 * A refused download (issue 11, point 5): a coach has a client's review open, the client ends the
 * coaching, and the coach's browser then asks for the review PDF. The download is refused, and the
 * log says so in one line: no ERROR, no stack trace (an expected refusal is not a fault to page
 * anyone about).
 */
@ExtendWith(SignsInAsItsOwnContext.class)
@SpringBootTest(
        classes = UprightApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "upright.demo-data=never")
@Import(TestDatabaseConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class RefusedDownloadJourneyIT {

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
    void aReviewDownloadRefusedAfterTheCoachingEndedIsOneLineInTheLog(CapturedOutput output) {
        TestPeople people = new TestPeople(accounts, coaching);
        AccountSummary coach = people.create("Rita Coach", Role.COACH);
        AccountSummary client = people.create("Remy Client", Role.LIFTER);
        people.link(coach, client);
        ReviewData.balancedWeeks(plans, client, 4);

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            Journeys.signIn(page, url(""), coach.email(), TestPeople.PASSWORD);
            page.navigate(url("/clients/" + client.id() + "/review"));
            assertThat(page.locator("#download-review")).isVisible();
            String href = page.locator("#download-review").getAttribute("href");

            TestPeople.as(client, () -> {
                coaching.endWithMyCoach();
                return null;
            });
            int logStart = output.getAll().length();
            Object status = page.evaluate("href => fetch(href).then(answer => answer.status)", href);

            assertThat(((Number) status).intValue())
                    .as(
                            "status of the refused download; log since:%n%s",
                            output.getAll().substring(logStart))
                    .isEqualTo(403);
            page.waitForCondition(
                    () -> !refusals(output, logStart).isEmpty(),
                    new Page.WaitForConditionOptions().setTimeout(BrowserSession.PATIENCE_MS));
            String log = output.getAll().substring(logStart);
            assertThat(refusals(output, logStart))
                    .as("log since the download:%n%s", log)
                    .hasSize(1);
            assertThat(log).as("log since the download").doesNotContain(" ERROR ", "\tat ", "Exception");
        }
    }

    private static List<String> refusals(CapturedOutput output, int from) {
        return Arrays.stream(output.getAll().substring(from).split("\\R"))
                .filter(line -> line.contains("Download refused"))
                .toList();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
