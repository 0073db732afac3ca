package org.upright.planner.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
import org.upright.planner.account.Role;
import org.upright.planner.account.SignUpCommand;
import org.upright.planner.testsupport.TestAddresses;
import org.upright.planner.testsupport.TestDatabaseConfiguration;

/**
 * "Forgot password" in a real browser (issue 14): ask on the sign-in page, take the link from the
 * mail the real SMTP server received (GreenMail), choose a new password, and sign in with it; the
 * old one is refused from then on.
 */
@ExtendWith(SignsInAsItsOwnContext.class)
@SpringBootTest(
        classes = UprightApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "upright.demo-data=never")
@Import({TestDatabaseConfiguration.class, JourneyMail.class})
class PasswordResetJourneyIT {

    private static final String OLD_PASSWORD = "my old forgotten passphrase";
    private static final String NEW_PASSWORD = "a brand new passphrase";

    private static BrowserSession browser;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @BeforeAll
    static void startBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void forgotPasswordThroughTheMailedLinkToSigningInWithTheNewOne() {
        String email = TestAddresses.unique("Fern Forgetful");
        accounts.createConfirmed(new SignUpCommand(email, OLD_PASSWORD, "Fern Forgetful", Role.COACH));

        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.getByText("Forgot your password?").click();
            // The sign-in form's own "E-mail address" field is there until the new page has replaced it.
            page.waitForURL(address -> address.contains("/forgot-password"));
            assertThat(page.locator("vaadin-login-form")).hasCount(0);
            page.getByLabel("E-mail address").fill(email);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a link"))
                    .click();
            assertThat(page.getByText("a link to choose a new password is on its way"))
                    .isVisible();

            page.navigate(url(JourneyMail.link(email, "/reset-password")));
            page.getByLabel("New password").fill(NEW_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the new password"))
                    .click();
            assertThat(page.getByText("Your password is changed")).isVisible();
            page.getByText("Sign in with the new password").click();

            page.navigate(url("/login"));
            page.locator("vaadin-login-form input[name=username]").fill(email);
            page.locator("vaadin-login-form input[name=password]").fill(OLD_PASSWORD);
            page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
            assertThat(page.locator("vaadin-login-form [part=error-message], vaadin-login-form-wrapper")
                            .getByText("don’t match"))
                    .isVisible();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));

            Journeys.signIn(page, url(""), email, NEW_PASSWORD);
            assertThat(page.locator("h2").first()).containsText("Fern Forgetful");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
