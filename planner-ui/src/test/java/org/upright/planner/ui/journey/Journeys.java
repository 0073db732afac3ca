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
        page.navigate(baseUrl + "/signup");
        page.getByLabel("Your name").fill(name);
        page.getByLabel("E-mail address").fill(email);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password"))
                .fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();
        assertThat(page.locator("#week-title")).containsText(name);
    }
}
