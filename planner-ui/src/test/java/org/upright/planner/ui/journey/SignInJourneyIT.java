package org.upright.planner.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.upright.planner.UprightApplication;
import org.upright.planner.testsupport.TestDatabaseConfiguration;

/**
 * The first minutes of a new lifter, in a real browser against the production build: sign up,
 * confirm the address by the link in the mail (GreenMail), sign out, sign in, and a wrong password
 * refused.
 */
@ExtendWith(SignsInAsItsOwnContext.class)
@SpringBootTest(
        classes = UprightApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "upright.demo-data=never")
@Import({TestDatabaseConfiguration.class, JourneyMail.class})
class SignInJourneyIT {

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext();
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    @Test
    void aNewLifterSignsUpConfirmsByMailSignsOutSignsInAndAWrongPasswordIsRefused() {
        String email = "journey-" + UUID.randomUUID() + "@example.com";
        String password = "a sturdy passphrase";

        page.navigate(url("/signup"));
        page.getByLabel("Your name").fill("Jordan Journey");
        page.getByLabel("E-mail address").fill(email);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password"))
                .fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        // No session from the form (docs/adr/0024): the same "check your inbox" as for a taken address.
        assertThat(page.locator("#check-inbox")).containsText(email);

        // The right password before the address is confirmed: told so, with a way to get the link again.
        signIn(email, password);
        assertThat(page.locator("vaadin-login-form [part=error-message], vaadin-login-form-wrapper")
                        .getByText("confirm your e-mail address first"))
                .isVisible();
        assertThat(page.getByText("Send the confirmation link again")).isVisible();

        page.navigate(url(JourneyMail.link(email, "/confirm-email")));
        assertThat(page.locator("#confirm-message")).containsText("Sign in with your e-mail address");
        page.locator("#confirmed-sign-in").click();
        assertThat(page.locator("vaadin-login-form")).isVisible();
        Journeys.submitSignIn(page, email, password);
        // New lifters answer the warning-sign checklist first (journal, docs/adr/0006).
        assertThat(page.getByText("A quick safety check")).isVisible();
        page.locator("#save-safety-check").click();

        assertThat(page.locator("#week-title")).containsText("Jordan Journey");
        assertThat(page).hasURL(url("/week"));

        signOut();
        assertThat(page.locator("vaadin-login-form")).isVisible();

        signIn(email, password);
        assertThat(page.locator("#week-title")).containsText("Jordan Journey");

        signOut();
        signIn(email, "not the passphrase");
        Locator error = page.locator("vaadin-login-form [part=error-message], vaadin-login-form-wrapper")
                .getByText("don’t match");
        assertThat(error).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
    }

    @Test
    void signUpKeepsWhatWasTypedAndSaysWhatIsWrong() {
        page.navigate(url("/signup"));
        page.getByLabel("Your name").fill("Casey");
        page.getByLabel("E-mail address").fill("casey@example.com");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password"))
                .fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();

        // The field's own message: a screen-reader announcement of the same words may exist too.
        assertThat(page.locator("vaadin-password-field").getByText("Use at least 12 characters"))
                .isVisible();
        assertThat(page.getByLabel("Your name")).hasValue("Casey");
        assertThat(page.getByLabel("E-mail address")).hasValue("casey@example.com");
    }

    private void signIn(String email, String password) {
        page.navigate(url("/login"));
        page.locator("vaadin-login-form input[name=username]").fill(email);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    }

    private void signOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        page.waitForURL(url("/login"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
