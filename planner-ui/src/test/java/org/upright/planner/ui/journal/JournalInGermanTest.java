package org.upright.planner.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.common.Texts;
import org.upright.planner.journal.Habit;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.Weeks;
import org.upright.planner.safety.RedFlag;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;

/**
 * The journal reads in German when the tab's language is German (issue 13): the check-in card, the
 * warning-sign checklist it opens, the safety notice, the cards' words and the dates, which follow
 * the reader's locale instead of an English format.
 */
@UiTest
class JournalInGermanTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    WeekPlanService plans;

    AccountSummary lifter;

    @BeforeEach
    void aLifterWhoseBrowserSpeaksGerman() {
        lifter = new TestPeople(accounts, coaching).create("Jana Jäger", Role.LIFTER);
        TestPeople.signIn(lifter);
        UI.getCurrent().setLocale(Locale.GERMAN); // what Vaadin matched from Accept-Language: de-DE
    }

    @Test
    void theCheckInCardAndTheChecklistItOpensReadInGerman() {
        navigate(JournalView.class);
        CheckInCard card = $(CheckInCard.class).single();
        assertThat($(H3.class, card).first().getText()).isEqualTo("Wie geht es deinem Rücken?");

        test(card.score).selectItem("8");

        RedFlagChecklist checklist = $(RedFlagChecklist.class, card).single();
        assertThat(checklist.getElement().getAttribute("aria-label")).isEqualTo("Warnzeichen");
        assertThat(JournalViewTest.texts(checklist))
                .contains(
                        "Das sind starke Schmerzen. Bitte geh diese Warnzeichen durch und kreuze alle an, die zutreffen.",
                        "Wenn nichts davon zutrifft, lass alle Kästchen leer.");
        assertThat(JournalViewTest.question(checklist, RedFlag.NUMBNESS_TINGLING_OR_WEAKNESS)
                        .getLabel())
                .isEqualTo(Texts.render(RedFlag.NUMBNESS_TINGLING_OR_WEAKNESS.question(), Locale.GERMAN));

        test(JournalViewTest.question(checklist, RedFlag.NUMBNESS_TINGLING_OR_WEAKNESS))
                .click();
        test(card.save).click();

        // Clear and calm: the plan is paused and the notice says to see a doctor now, in German.
        Div notice = $(Div.class).withId("safety-notice").single();
        assertThat($(H3.class, notice).withId("plan-paused").single().getText()).isEqualTo("Dein Plan ist pausiert");
        assertThat(JournalViewTest.texts(notice))
                .contains(
                        "Geh jetzt zu einer Ärztin oder einem Arzt",
                        Texts.render(RedFlag.NUMBNESS_TINGLING_OR_WEAKNESS.notice(), Locale.GERMAN));
        assertThat($(Button.class, notice).withId("record-clearance").single().getText())
                .isEqualTo("Ich wurde untersucht und habe grünes Licht");
        assertThat(JournalViewTest.texts($(Div.class).withId("advice").single()))
                .contains("Wie es weitergeht")
                .anySatisfy(t -> assertThat(t).contains("keine Diagnose"));
    }

    @Test
    void theCardsSpeakGermanAndDatesFollowTheReadersLocale() {
        LocalDate monday = Weeks.startOf(LocalDate.now());
        plans.addSession(lifter.id(), monday, PlannedWeek.NOT_SAVED, monday, SessionKind.MOBILITY, "Dehnen");

        navigate(JournalView.class);

        Div sessions = $(Div.class).withId("sessions").single();
        assertThat($(H3.class, sessions).first().getText()).isEqualTo("Einheiten");
        assertThat($(Span.class, sessions)
                        .withClassName("session-row-day")
                        .single()
                        .getText())
                .isEqualTo(java.time.format.DateTimeFormatter.ofPattern("EEE, d. MMM", Locale.GERMAN)
                        .format(monday));
        assertThat($(Button.class, sessions).withClassName("mark-done").single().getText())
                .isEqualTo("Erledigt");
        assertThat($(Button.class, sessions).withId("log-extra").single().getText())
                .isEqualTo("Zusätzliche Einheit eintragen");
        assertThat($(H3.class, $(Div.class).withId("history").single()).first().getText())
                .isEqualTo("Dein Trainingstagebuch");
        assertThat($(Anchor.class).withId("routine-card").single().getText())
                .isEqualTo("Deine Rückenkarte drucken (PDF)");

        HabitsCard habits = $(HabitsCard.class).single();
        assertThat(habits.choices.getLabel()).isEqualTo("Wähl bis zu zwei Gewohnheiten für die nächsten vier Wochen");
        assertThat(habits.choices.getItemLabelGenerator().apply(Habit.STAND_ON_CALLS.label()))
                .isEqualTo("Steh oder geh beim Telefonieren");
        test(habits.choices).selectItem("Steh oder geh beim Telefonieren");
        test($(Button.class).withId("start-habits").single()).click();
        assertThat($(Checkbox.class, habits)
                        .withClassName("habit-tick")
                        .single()
                        .getLabel())
                .isEqualTo("Steh oder geh beim Telefonieren");
        assertThat($(Span.class, habits).withClassName("habit-streak").single().getText())
                .isEqualTo("noch keine Serie");

        // A fixed day, so the format itself is pinned: weekday and month in German.
        assertThat(JournalLabels.day(LocalDate.of(2026, 11, 30))).isEqualTo("Mo., 30. Nov.");
    }

    /**
     * The "What next" card renders the review's advice (headline and words) in the tab's language,
     * not the English the advice used to be built in. "How long change takes" is always given.
     */
    @Test
    void theAdviceOnTheJournalCardReadsInGerman() {
        navigate(JournalView.class);

        Div advice = $(Div.class).withId("advice").single();
        assertThat($(Span.class, advice).withClassName("advice-headline").all())
                .extracting(Span::getText)
                .contains("Gib dir Zeit")
                .doesNotContain("Give it time");
        assertThat(JournalViewTest.texts(advice))
                .contains("Frische Muskelschmerzen legen sich oft innerhalb von ein paar Tagen bis zwei Wochen."
                        + " Schmerzen, die sich über Monate im Sitzen oder in krummer Haltung aufgebaut haben,"
                        + " brauchen meist vier bis acht Wochen regelmäßiges Training, bevor sie sich deutlich"
                        + " verändern.")
                .noneSatisfy(t -> assertThat(t).contains("Fresh muscle pain"));
    }

    @Test
    void aRefusedEntryIsExplainedInGermanAtItsField() {
        navigate(JournalView.class);

        HabitsCard habits = $(HabitsCard.class).single();
        test($(Button.class).withId("start-habits").single()).click();
        assertThat(habits.choices.isInvalid()).isTrue();
        assertThat(habits.choices.getErrorMessage())
                .isEqualTo(Texts.render(Locale.GERMAN, "domain.refused.journal.pickHabits"))
                .isNotEqualTo(Texts.render(Locale.ENGLISH, "domain.refused.journal.pickHabits"));

        test($(Button.class).withId("log-extra").single()).click();
        UnplannedDialog extra = $(UnplannedDialog.class).single();
        test($(Button.class).withId("save-unplanned").single()).click();
        assertThat(extra.title.isInvalid()).isTrue();
        assertThat(extra.title.getErrorMessage()).startsWith("Gib der Einheit einen Namen");
    }

    @Test
    void theSafetyCheckAfterSignUpReadsInGerman() {
        SafetyCheckView view = navigate(SafetyCheckView.class);

        assertThat($(H2.class).single().getText()).isEqualTo("Ein kurzer Sicherheitscheck");
        assertThat(view.getPageTitle()).isEqualTo("Ein kurzer Sicherheitscheck · Upright");
        assertThat(view.save.getText()).isEqualTo("Speichern und weiter");
        assertThat(JournalViewTest.texts(view.checklist))
                .contains("Bevor du loslegst, beantworte bitte diese sechs Fragen zu deinen Rückenschmerzen.");
    }
}
