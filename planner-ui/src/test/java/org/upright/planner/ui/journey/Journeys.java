package org.upright.planner.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Steps several browser journeys share. */
final class Journeys {

    static final String PASSWORD = "a sturdy passphrase";

    private Journeys() {}

    /** Signs up as a lifter and waits for the start page. */
    static void signUp(Page page, String baseUrl, String name, String email) {
        signUpAs(page, baseUrl, name, email, null);
        assertThat(page.locator("#week-title")).containsText(name);
    }

    /**
     * Signs up choosing the role by its label ("Coaching others"); null keeps the default. Then, as
     * a new person must (docs/adr/0024), follows the link from the mail and signs in: the journey's
     * application must import {@link JourneyMail}.
     */
    static void signUpAs(Page page, String baseUrl, String name, String email, String roleLabel) {
        page.navigate(baseUrl + "/signup");
        page.getByLabel("Your name").fill(name);
        page.getByLabel("E-mail address").fill(email);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password"))
                .fill(PASSWORD);
        if (roleLabel != null) {
            page.getByText(roleLabel).click();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        confirmAndSignIn(page, baseUrl, email);
    }

    /**
     * After the sign-up form said "check your inbox": opens the confirmation link from the mail,
     * signs in from there and answers the safety check a new lifter is asked.
     */
    static void confirmAndSignIn(Page page, String baseUrl, String email) {
        assertThat(page.locator("#check-inbox")).isVisible();
        page.navigate(baseUrl + JourneyMail.link(email, "/confirm-email"));
        page.locator("#confirmed-sign-in").click();
        assertThat(page.locator("vaadin-login-form")).isVisible();
        submitSignIn(page, email, PASSWORD);
        answerSafetyCheckIfAsked(page);
    }

    /** Opens the sign-in page, signs in and waits until the browser has left it. */
    static void signIn(Page page, String baseUrl, String email, String password) {
        page.navigate(baseUrl + "/login");
        submitSignIn(page, email, password);
    }

    /** Signs in on the sign-in page already open and waits until the browser has left it. */
    static void submitSignIn(Page page, String email, String password) {
        page.locator("vaadin-login-form input[name=username]").fill(email);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /** Lifters answer the warning-sign checklist first; these journeys answer "none of these". */
    static void answerSafetyCheckIfAsked(Page page) {
        if (page.url().contains("safety-check")) {
            page.locator("#save-safety-check").click();
            page.waitForURL(url -> !url.contains("safety-check"));
        }
    }
}
