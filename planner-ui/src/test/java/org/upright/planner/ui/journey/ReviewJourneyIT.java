package org.upright.planner.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.testsupport.TestDatabaseConfiguration;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.review.Pdfs;
import org.upright.planner.ui.review.ReviewData;

/**
 * A coach with two clients, in a British-English browser: prepares a ZIP of both reviews from the
 * roster and downloads it, then opens one client's review and downloads its PDF. Both come on A4,
 * the paper of the browser's region. (A German browser now gets German screens: see
 * {@code GermanJourneyIT}.)
 */
@ExtendWith(SignsInAsItsOwnContext.class)
@SpringBootTest(
        classes = UprightApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "upright.demo-data=never")
@Import(TestDatabaseConfiguration.class)
class ReviewJourneyIT {

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
    void aCoachDownloadsAllReviewsAsAZipAndOneReviewAsAPdf() throws Exception {
        TestPeople people = new TestPeople(accounts, coaching);
        AccountSummary coach = people.create("Greta Coach", Role.COACH);
        AccountSummary ana = people.create("Ana Ångström", Role.LIFTER);
        AccountSummary jiri = people.create("Jiří Dvořák", Role.LIFTER);
        for (AccountSummary client : new AccountSummary[] {ana, jiri}) {
            people.link(coach, client);
            ReviewData.balancedWeeks(plans, client, 4);
        }

        try (BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setLocale("en-GB").setAcceptDownloads(true))) {
            Page page = context.newPage();
            Journeys.signIn(page, url(""), coach.email(), TestPeople.PASSWORD);
            assertThat(page.locator("h2").first()).containsText("Greta Coach’s clients");

            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Select Row"))
                    .first()
                    .click();
            assertThat(page).hasURL(Pattern.compile(".*/clients$"));
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Select Row"))
                    .nth(1)
                    .click();
            page.locator("#bulk-reviews-open").click();
            assertThat(page.getByText("each of the 2 selected clients")).isVisible();
            page.locator("#start-bulk-reviews").click();
            assertThat(page.locator("#bulk-reviews[data-state=FINISHED]")).isVisible();
            assertThat(page.locator("#bulk-status")).hasText("2 reviews are ready.");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "review-bulk.png")));

            Download zipDownload =
                    page.waitForDownload(() -> page.locator("#bulk-download").click());
            assertThat(zipDownload.suggestedFilename())
                    .startsWith("Upright reviews")
                    .endsWith(".zip");
            Map<String, byte[]> entries;
            try (InputStream in = Files.newInputStream(zipDownload.path())) {
                entries = Pdfs.unzip(in);
            }
            assertThat(entries).hasSize(2);
            assertThat(entries.keySet())
                    .anySatisfy(name -> assertThat(name).contains("Ana Ångström"))
                    .anySatisfy(name -> assertThat(name).contains("Jiří Dvořák"));
            for (byte[] pdf : entries.values()) {
                Pdfs.Read read = Pdfs.read(pdf);
                assertThat(read.text()).contains("Greta Coach", "What to do next");
                assertThat(read.pageSizes()).allSatisfy(size -> assertThat(size).containsExactly(595f, 842f));
            }

            page.navigate(url("/clients/" + jiri.id() + "/review"));
            assertThat(page.locator("#review-title")).hasText("Review for Jiří Dvořák");
            assertThat(page.locator("#review-charts svg")).hasCount(5);
            Download pdfDownload =
                    page.waitForDownload(() -> page.locator("#download-review").click());
            assertThat(pdfDownload.suggestedFilename()).endsWith(".pdf");
            Pdfs.Read review = Pdfs.read(pdfDownload.path());
            assertThat(review.text()).contains("Jiří Dvořák", "Greta Coach", "What to do next", "not a diagnosis");
            assertThat(review.allFontsEmbedded()).isTrue();
            assertThat(review.images()).isZero();
            assertThat(review.pageSizes()).allSatisfy(size -> assertThat(size).containsExactly(595f, 842f));
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "review-coach.png")));
            page.locator("#review-charts").scrollIntoViewIfNeeded();
            page.screenshot(
                    new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "review-charts.png")));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
