package org.upright.planner.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.upright.planner.embedded.DemoSignIns;
import org.upright.planner.embedded.EmbeddedApp;
import org.upright.planner.embedded.KeepsSecurityStrategy;
import org.upright.planner.embedded.PoolRecycling;

/**
 * What most people meet first: the README's run command on a fresh machine, with no database
 * configured. The app creates its embedded database, prints the demo sign-ins before the sign-in
 * page answers, and a demo lifter signs in with what was printed — and still saves a check-in, a
 * session log and a plan edit after the connection pool has replaced every connection (which, with
 * H2 2.4.240, broke every save after about 30 minutes; docs/adr/0008).
 */
@ExtendWith({OutputCaptureExtension.class, KeepsSecurityStrategy.class})
class EmbeddedDefaultJourneyIT {

    private static final String LIFTER = "alex@upright.demo";

    @TempDir
    Path home;

    @Test
    void aFreshInstallPrintsItsSignInsFirstAndADemoLifterKeepsSavingAfterThePoolIsRecycled(CapturedOutput output)
            throws Exception {
        AtomicReference<String> printedBeforeServing = new AtomicReference<>();
        try (ConfigurableApplicationContext app =
                        EmbeddedApp.start(home, new FirstAnswer(output, printedBeforeServing));
                BrowserSession browser = new BrowserSession();
                BrowserContext context = browser.newContext()) {
            assertThat(printedBeforeServing.get())
                    .as("the demo sign-ins are in the log before the web server takes its first request")
                    .contains(
                            DemoSignIns.HEADLINE, LIFTER, "delete " + home.resolve(".upright/db") + " and start again");
            String password = DemoSignIns.password(output.getOut(), LIFTER).orElseThrow();
            String base = "http://localhost:" + EmbeddedApp.port(app);

            Page page = context.newPage();
            page.navigate(base + "/login");
            page.locator("vaadin-login-form input[name=username]").fill(LIFTER);
            page.locator("vaadin-login-form input[name=password]").fill(password);
            page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
            assertThat(page.locator("#week-title")).containsText("Alex Moreau");

            PoolRecycling.retireEveryConnection(app.getBean(DataSource.class));

            page.navigate(base + "/journal");
            page.locator("#log-extra").click();
            page.getByLabel("What did you do?").fill("Evening walk by the river");
            page.locator("#save-unplanned").click();
            assertThat(page.locator("#sessions .session-row.extra")
                            .filter(new Locator.FilterOptions().setHasText("Evening walk by the river")))
                    .isVisible();

            Locator checkIn = page.locator("#check-in");
            checkIn.getByText("After a session").click();
            checkIn.getByRole(
                            AriaRole.RADIO,
                            new Locator.GetByRoleOptions().setName("2").setExact(true))
                    .check();
            checkIn.getByLabel("Note (optional)").fill("Loose after the walk");
            page.locator("#save-check-in").click();
            assertThat(page.locator("#history .journal-note")
                            .filter(new Locator.FilterOptions().setHasText("Loose after the walk")))
                    .isVisible();

            page.navigate(base + "/week");
            Locator sunday = page.locator(".day-column").nth(6);
            sunday.locator(".add-session").click();
            page.getByLabel("Title").fill("Sunday mobility flow");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            assertThat(sunday.locator(".session-title")
                            .filter(new Locator.FilterOptions().setHasText("Sunday mobility flow")))
                    .isVisible();

            page.reload();
            assertThat(page.locator(".day-column")
                            .nth(6)
                            .locator(".session-title")
                            .filter(new Locator.FilterOptions().setHasText("Sunday mobility flow")))
                    .isVisible();
            page.navigate(base + "/journal");
            assertThat(page.locator("#sessions .session-row.extra")
                            .filter(new Locator.FilterOptions().setHasText("Evening walk by the river")))
                    .isVisible();
            assertThat(page.locator("#history .journal-note")
                            .filter(new Locator.FilterOptions().setHasText("Loose after the walk")))
                    .isVisible();
        }
        assertThat(output.getOut()).doesNotContain("Check constraint invalid");
    }

    /** Notes what the log held when the web server started answering. */
    private record FirstAnswer(CapturedOutput output, AtomicReference<String> printed)
            implements ApplicationListener<WebServerInitializedEvent> {

        @Override
        public void onApplicationEvent(WebServerInitializedEvent event) {
            printed.compareAndSet(null, output.getOut());
        }
    }
}
