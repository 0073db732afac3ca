package org.upright.planner.ui.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
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
 * Typos typed into the real dose editor in Chromium — {@code 1e3} (which the browser accepts as a
 * number), {@code 60-} (which it cannot read) and a range "to 1-2" — are each marked at their field,
 * and after a reload the dose is still 3 × 8–12 @ 60 kg.
 */
@ExtendWith(SignsInAsItsOwnContext.class)
@SpringBootTest(
        classes = UprightApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "upright.demo-data=never")
@Import({TestDatabaseConfiguration.class, JourneyMail.class})
class DoseTyposJourneyIT {

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
    void typosInTheDoseEditorAreMarkedAndChangeNothing() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
            Page page = context.newPage();
            Journeys.signUp(page, url(""), "Tess Typo", "tess-" + UUID.randomUUID() + "@example.com");
            Locator monday = page.locator(".day-column").first();
            monday.locator(".add-session").click();
            page.getByLabel("Title").fill("Press day");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                    .click();
            Locator session = monday.locator(".session-card");
            session.locator(".add-exercise").click();
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search exercises"))
                    .fill("bench");
            page.locator("vaadin-dialog-overlay vaadin-button[data-exercise=bench-press],"
                            + " vaadin-button[data-exercise=bench-press]")
                    .first()
                    .click();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(java.nio.file.Path.of("target", "screenshots", "dose-typos-added.png")));
            Locator bench = session.locator("[data-exercise=bench-press]");
            assertThat(bench).isVisible();

            Locator editor = openEditor(bench);
            retype(editor, "Sets", "3");
            retype(editor, "Reps from", "8");
            retype(editor, "to", "12");
            retype(editor, "Load (kg)", "60");
            save(editor);
            assertThat(bench.locator(".prescription-dose")).hasText("3 × 8–12 @ 60 kg");

            for (String typo : new String[] {"1e3", "60-"}) {
                editor = openEditor(bench);
                retype(editor, "Load (kg)", typo);
                save(editor);
                Locator load = field(editor, "Load (kg)");
                assertThat(load).hasAttribute("invalid", "");
                assertThat(load).containsText("plain number");
                assertThat(page.locator("vaadin-notification-card")).hasCount(0);
                page.reload();
                bench = page.locator(".day-column").first().locator("[data-exercise=bench-press]");
                assertThat(bench.locator(".prescription-dose")).hasText("3 × 8–12 @ 60 kg");
            }

            editor = openEditor(bench);
            retype(editor, "to", "1-2");
            save(editor);
            assertThat(field(editor, "to")).hasAttribute("invalid", "");
            page.reload();
            assertThat(page.locator(".day-column").first().locator("[data-exercise=bench-press] .prescription-dose"))
                    .hasText("3 × 8–12 @ 60 kg");
        }
    }

    private static Locator openEditor(Locator prescription) {
        prescription.locator(".prescription-dose").click();
        Locator editor = prescription.locator(".dose-editor");
        assertThat(editor).isVisible();
        return editor;
    }

    private static Locator field(Locator editor, String label) {
        String hasLabel = ":has(> label:text-is('" + label + "'))";
        return editor.locator("vaadin-integer-field" + hasLabel + ", vaadin-number-field" + hasLabel);
    }

    /** Clears the field and types key by key, as a person does (fill refuses text a number input cannot hold). */
    private static void retype(Locator editor, String label, String text) {
        Locator input = editor.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
        input.fill("");
        input.pressSequentially(text);
    }

    private static void save(Locator editor) {
        editor.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Save"))
                .click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
