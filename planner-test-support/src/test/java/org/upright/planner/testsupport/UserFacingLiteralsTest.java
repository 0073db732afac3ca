package org.upright.planner.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan finds words a user reads and leaves keys, CSS, routes and punctuation alone. */
class UserFacingLiteralsTest {

    @TempDir
    Path sources;

    @Test
    void findsWordsHandedToComponentsNotificationsTitlesAndAttributes() throws IOException {
        write("ui/SettingsView.java", """
                package ui;
                @PageTitle("Settings · Upright")
                class SettingsView {
                    static final String HEADING = "Your settings";
                    SettingsView(String name) {
                        add(new H2(HEADING));
                        var save = new Button("Save");
                        who.getElement().setAttribute("aria-label", "Signed in as " + name);
                        unit.setItemLabelGenerator(u -> u == KG ? "Kilograms" : "Pounds");
                        Notification.show("Saved.");
                        String message;
                        if (stale) {
                            message = "Reload to see the change.";
                        } else {
                            message = problem.getMessage();
                        }
                        Notification.show(message, 8000, Position.MIDDLE);
                        new Span(String.format("%d sets", count));
                    }
                }
                """);

        List<String> texts = UserFacingLiterals.vaadin().in(sources).stream()
                .map(UserFacingLiterals.Literal::text)
                .toList();

        assertThat(texts)
                .containsExactlyInAnyOrder(
                        "Settings · Upright",
                        "Your settings",
                        "Save",
                        "Signed in as ",
                        "Kilograms",
                        "Pounds",
                        "Saved.",
                        "Reload to see the change.",
                        "%d sets");
    }

    @Test
    void keysCssRoutesAndPunctuationAreNotWords() throws IOException {
        write("ui/Translated.java", """
                package ui;
                class Translated {
                    Translated() {
                        var save = new Button(getTranslation("ui.settings.save"));
                        save.addClassName("upright-save");
                        save.setId("save-button");
                        var link = new Anchor("/settings", getTranslation("ui.shell.nav.settings"));
                        var dot = new Span(" · ");
                        ui.navigate("settings");
                        var dose = new Span(getTranslation("ui.dose", sets, "×"));
                        var me = signedIn().orElseThrow(() -> new IllegalStateException("only for signed-in users"));
                        var who = new Span(me.displayName());
                        timing.setItemLabelGenerator(t -> getTranslation("ui.checkIn.timing." + t.name()));
                        var join = new Paragraph(new Anchor("signup", getTranslation("ui.login.createAccount")));
                        var week = new Button(getTranslation("ui.review.planWeek"),
                                click -> ui.navigate(ClientWeekView.class, new RouteParameters("lifterId", id)));
                    }
                }
                """);

        assertThat(UserFacingLiterals.vaadin().in(sources)).isEmpty();
    }

    @Test
    void aModuleAddsItsOwnCallsLikeThePdfsPhrases() throws IOException {
        write("report/ReviewPdf.java", """
                package report;
                class ReviewPdf {
                    void title(Document doc) {
                        doc.add(new Phrase("Four-week review"));
                        fail(field, "Enter a number.");
                    }
                }
                """);

        assertThat(UserFacingLiterals.vaadin().in(sources)).isEmpty();
        assertThat(UserFacingLiterals.none()
                        .alsoConstructors("Phrase")
                        .alsoCalls("fail")
                        .in(sources))
                .extracting(UserFacingLiterals.Literal::toString)
                .containsExactly(
                        "report/ReviewPdf.java:4 new Phrase(\"Four-week review\")",
                        "report/ReviewPdf.java:5 fail(\"Enter a number.\")");
    }

    @Test
    void findsWordsHandedToARefusalOrDressedUpAsATextKey() throws IOException {
        write("plan/WeekPlanService.java", """
                package plan;
                class WeekPlanService {
                    static final String GONE = "That session is no longer in this week.";
                    void edit() {
                        throw new PlanEditRejected(Text.of("domain.refused.plan.sessionGone"));
                    }
                    void old() {
                        throw new PlanEditRejected(GONE);
                    }
                    void sneaky(String name) {
                        throw new ChangeConflict(Text.of(name + " is already in this week."));
                    }
                    void stem(String unit) {
                        errors.put("low", Text.of("domain.refused.exercise.lowMissing." + unit));
                        question = Text.of("domain.redFlag." + name() + ".question");
                        notice = Text.of(rs.getString("kind"), rs.getString("about_name"));
                        throw new IllegalStateException("for developers: a week needs a Monday");
                    }
                }
                """);

        List<String> texts =
                UserFacingLiterals.none()
                        .alsoConstructors("PlanEditRejected", "ChangeConflict")
                        .alsoTextKeys()
                        .in(sources)
                        .stream()
                        .map(UserFacingLiterals.Literal::text)
                        .toList();

        assertThat(texts)
                .containsExactlyInAnyOrder("That session is no longer in this week.", " is already in this week.");
    }

    private void write(String name, String source) throws IOException {
        Path file = sources.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
    }
}
