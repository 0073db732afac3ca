package org.upright.planner.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * The Content-Security-Policy (ADR 0011) against the production build in a real browser: a lifter
 * signs up, signs out, signs in through the form, plans a session with an exercise, undoes it and
 * opens the journal and settings, and the browser reports no policy violation on the way. At the
 * end a script from another site is planted on the page, to show the policy is enforced and that
 * its violations would have been seen.
 */
@ExtendWith(SignsInAsItsOwnContext.class)
@SpringBootTest(
        classes = UprightApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "upright.demo-data=never")
@Import({TestDatabaseConfiguration.class, JourneyMail.class})
class ContentSecurityPolicyJourneyIT {

    /** Reports each violation to the console, where the test collects it across page loads. */
    private static final String REPORT_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e =>
                console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI));
            """;

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
    void signingInAndPlanningRunUnderThePolicyAndAForeignScriptIsRefused() {
        List<String> violations = new CopyOnWriteArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            context.addInitScript(REPORT_VIOLATIONS);
            Page page = context.newPage();
            page.onConsoleMessage(message -> {
                if (message.text().contains("CSP violation") || message.text().contains("Content Security Policy")) {
                    violations.add(message.text());
                }
            });

            String email = "csp-" + UUID.randomUUID() + "@example.com";
            Journeys.signUp(page, url(""), "Cleo Policy", email);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                    .click();
            page.waitForURL(url("/login"));
            page.locator("vaadin-login-form input[name=username]").fill(email);
            page.locator("vaadin-login-form input[name=password]").fill(Journeys.PASSWORD);
            page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
            assertThat(page.locator("#week-title")).containsText("Cleo Policy");

            Locator monday = page.locator(".day-column").first();
            monday.locator(".add-session").click();
            page.getByLabel("Title").fill("Pull day");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            Locator session = monday.locator(".session-card");
            assertThat(session.locator(".session-title")).hasText("Pull day");
            session.locator(".add-exercise").click();
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search exercises"))
                    .fill("row");
            page.locator("vaadin-button[data-exercise]").first().click();
            assertThat(session.locator(".prescription")).hasCount(1);
            page.locator("#plan-undo").click();
            assertThat(session.locator(".prescription")).hasCount(0);

            page.navigate(url("/journal"));
            assertThat(page.locator("#report-red-flag")).isVisible();
            page.navigate(url("/settings"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Settings")))
                    .isVisible();
            page.navigate(url("/week"));
            assertThat(page.locator("#week-title")).containsText("Cleo Policy");

            org.assertj.core.api.Assertions.assertThat(violations)
                    .as("policy violations while using the app")
                    .isEmpty();

            page.evaluate(
                    "() => { const s = document.createElement('script'); s.src = 'https://attacker.example/steal.js';"
                            + " document.head.appendChild(s); }");
            page.waitForCondition(
                    () -> !violations.isEmpty(),
                    new Page.WaitForConditionOptions().setTimeout(BrowserSession.PATIENCE_MS));
            org.assertj.core.api.Assertions.assertThat(violations)
                    .anySatisfy(
                            v -> org.assertj.core.api.Assertions.assertThat(v).contains("attacker.example"));
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
