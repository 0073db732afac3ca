package org.upright.planner.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.common.Texts;
import org.upright.planner.journal.BackCareRoutine;
import org.upright.planner.journal.CheckInService;
import org.upright.planner.journal.Habit;
import org.upright.planner.journal.LogStatus;
import org.upright.planner.journal.PainEntry;
import org.upright.planner.journal.SessionLogService;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.Weeks;
import org.upright.planner.report.PaperSize;
import org.upright.planner.report.RoutineCardPdf;
import org.upright.planner.safety.PainTiming;
import org.upright.planner.safety.RedFlag;
import org.upright.planner.safety.RedFlagCheckReason;
import org.upright.planner.safety.SafetyService;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;
import org.upright.planner.ui.week.MyWeekView;

/** The journal screen on the server, without a browser, against the real database. */
@UiTest
class JournalViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    WeekPlanService plans;

    @Autowired
    SessionLogService logs;

    @Autowired
    CheckInService checkIns;

    @Autowired
    SafetyService safety;

    TestPeople people;
    AccountSummary lifter;
    LocalDate monday = Weeks.startOf(LocalDate.now());

    @BeforeEach
    void signInAsANewLifter() {
        people = new TestPeople(accounts, coaching);
        lifter = people.create("Jules Journal", Role.LIFTER);
        TestPeople.signIn(lifter);
    }

    @Test
    void painOfEightOpensTheChecklistAndNumbnessPausesThePlanWithANoticeInPlainWords() {
        JournalView view = navigate(JournalView.class);
        CheckInCard card = $(CheckInCard.class).single();

        test(card.score).selectItem("8");
        RedFlagChecklist checklist = $(RedFlagChecklist.class, card).single();
        test(question(checklist, RedFlag.NUMBNESS_TINGLING_OR_WEAKNESS)).click();
        test(card.save).click();

        Div notice = $(Div.class).withId("safety-notice").single();
        assertThat(notice.isVisible()).isTrue();
        assertThat($(H3.class, notice).withId("plan-paused").single().getText()).isEqualTo("Your plan is paused");
        assertThat(texts(notice))
                .contains(Texts.render(RedFlag.NUMBNESS_TINGLING_OR_WEAKNESS.notice(), Locale.ENGLISH));
        assertThat($(Button.class, notice).withId("record-clearance").exists()).isTrue();
        assertThat(safety.assess(lifter.id()).planPaused()).isTrue();
        assertThat(view).isNotNull();

        navigate(MyWeekView.class);
        Div banner = $(Div.class).withId("safety-banner").single();
        assertThat($(H3.class, banner).withId("plan-paused").single().getText()).isEqualTo("Your plan is paused");
    }

    @Test
    void aNoteThatMentionsNumbnessOpensTheChecklistInsteadOfBeingFiledAway() {
        checkIns.checkIn(lifter.id(), PainEntry.of(LocalDate.now(), PainTiming.BEFORE, 2), Set.of());
        navigate(JournalView.class);
        CheckInCard card = $(CheckInCard.class).single();
        test(card.score).selectItem("3");
        assertThat($(RedFlagChecklist.class, card).exists())
                .as("weekly check already done")
                .isFalse();

        test(card.note).setValue("My left arm went numb during the rows");
        test(card.save).click();

        RedFlagChecklist checklist = $(RedFlagChecklist.class, card).single();
        assertThat(texts(checklist)).anySatisfy(t -> assertThat(t).contains("Your note mentions"));
        assertThat(card.note.getValue()).isEqualTo("My left arm went numb during the rows");
        assertThat(checkIns.checkIns(lifter.id(), monday, LocalDate.now())).hasSize(1);

        test(question(checklist, RedFlag.NUMBNESS_TINGLING_OR_WEAKNESS)).click();
        test(card.save).click();

        assertThat(checkIns.checkIns(lifter.id(), monday, LocalDate.now())).hasSize(2);
        assertThat(safety.assess(lifter.id()).planPaused()).isTrue();
        assertThat($(H3.class).withId("plan-paused").single().getText()).isEqualTo("Your plan is paused");
        assertThat(texts($(Div.class).withId("advice").single()))
                .noneSatisfy(t -> assertThat(t).containsIgnoringCase("hold the current level"));
    }

    @Test
    void aCheckInWithoutAScoreIsRefusedAtTheScoreAndTheNoteIsKept() {
        navigate(JournalView.class);
        CheckInCard card = $(CheckInCard.class).single();

        test(card.note).setValue("stiff after the drive");
        test(card.save).click();

        assertThat(card.score.isInvalid()).isTrue();
        assertThat(card.note.getValue()).isEqualTo("stiff after the drive");
        assertThat(checkIns.checkIns(lifter.id(), monday, LocalDate.now())).isEmpty();
    }

    @Test
    void oneTapMarksAPlannedSessionDoneAndUndoTakesItBack() {
        PlannedWeek week =
                plans.addSession(lifter.id(), monday, PlannedWeek.NOT_SAVED, monday, SessionKind.MOBILITY, "Stretch");
        navigate(JournalView.class);

        test($(Button.class).withClassName("mark-done").single()).click();

        assertThat(logs.week(lifter.id(), monday)).singleElement().satisfies(log -> {
            assertThat(log.status()).isEqualTo(LogStatus.DONE);
            assertThat(log.sessionId())
                    .isEqualTo(week.plan().sessions().findFirst().orElseThrow().id());
        });
        assertThat($(Span.class).withClassName("log-status").single().getText()).startsWith("Done");

        test($(Button.class).withClassName("undo-log").single()).click();
        assertThat(logs.week(lifter.id(), monday)).isEmpty();
        assertThat($(Button.class).withClassName("mark-done").exists()).isTrue();
    }

    @Test
    void aSkippedSessionKeepsItsReasonInTheNotes() {
        plans.addSession(lifter.id(), monday, PlannedWeek.NOT_SAVED, monday, SessionKind.STRENGTH, "Rows");
        navigate(JournalView.class);

        test($(Button.class).withClassName("mark-skipped").single()).click();
        test($(SkipDialog.class).single().reason).setValue("sore throat");
        test($(Button.class).withId("save-skip").single()).click();

        assertThat(logs.week(lifter.id(), monday).getFirst().status()).isEqualTo(LogStatus.SKIPPED);
        assertThat(texts($(Div.class).withId("history").single()))
                .anySatisfy(t -> assertThat(t).contains("Rows: sore throat"));
    }

    @Test
    void recordingAClearanceResumesThePlanAndKeepsTheHistory() {
        checkIns.answerRedFlags(lifter.id(), Set.of(RedFlag.FEVER), RedFlagCheckReason.SIGN_UP);
        navigate(JournalView.class);

        test($(Button.class).withId("record-clearance").single()).click();
        test($(ClearanceDialog.class).single().note).setValue("GP: a cold, fine to train");
        test($(Button.class).withId("save-clearance").single()).click();

        assertThat($(Div.class).withId("safety-notice").exists()).isFalse();
        assertThat(safety.assess(lifter.id()).planPaused()).isFalse();
        assertThat(texts($(Div.class).withClassName("safety-history").single()))
                .anySatisfy(t -> assertThat(t).contains("GP: a cold, fine to train"));
    }

    @Test
    void twoHabitsTickedTodayShowTheirStreak() {
        navigate(JournalView.class);
        HabitsCard card = $(HabitsCard.class).single();

        test(card.choices).selectItem(Habit.MOVEMENT_BREAK.label());
        test(card.custom).setValue("Walk to the shop");
        test($(Button.class).withId("start-habits").single()).click();
        Checkbox tick = $(Checkbox.class, card).withClassName("habit-tick").first();
        test(tick).click();

        assertThat($(Span.class, card).withClassName("habit-streak").first().getText())
                .isEqualTo("1 day in a row");
        assertThat($(Checkbox.class, card).withClassName("habit-tick").all())
                .extracting(Checkbox::getLabel)
                .containsExactly(Habit.MOVEMENT_BREAK.label(), "Walk to the shop");
    }

    @Test
    void theJournalHasTheChartTheCardAndTheDisclaimer() {
        navigate(JournalView.class);

        Div chart = $(Div.class).withId("pain-chart").single();
        assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(chart.getElement().getProperty("innerHTML"))
                .startsWith("<svg")
                .contains("viewBox='0 0 " + HistoryCard.CHART_WIDTH + " " + HistoryCard.CHART_HEIGHT + "'");
        assertThat($(Anchor.class).withId("routine-card").single().getText()).contains("back-care card");
        assertThat(texts($(Div.class).withId("advice").single()))
                .anySatisfy(t -> assertThat(t).contains("not a diagnosis"));
    }

    @Test
    void theCardCarriesTheRoutineEveryWarningSignAndTheDisclaimer() {
        BackCareRoutine routine =
                new BackCareRoutine("Routine", false, List.of(new BackCareRoutine.Line("Band row", "3 × 10", "")));

        RoutineCardPdf.RoutineCard card = CardDownload.card(routine, "Jules", monday, Locale.US);

        assertThat(card.paperSize()).isEqualTo(PaperSize.LETTER);
        assertThat(card.lines()).extracting(RoutineCardPdf.Line::exercise).containsExactly("Band row");
        assertThat(card.warningSigns()).hasSize(RedFlag.values().length);
        assertThat(card.disclaimer()).contains("not a diagnosis");
        assertThat(new RoutineCardPdf().render(card, Locale.US)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    static Checkbox question(RedFlagChecklist checklist, RedFlag flag) {
        return checklist
                .getContent()
                .getChildren()
                .filter(c -> c instanceof Checkbox)
                .map(c -> (Checkbox) c)
                .filter(c -> flag.name().equals(c.getElement().getAttribute("data-flag")))
                .findFirst()
                .orElseThrow();
    }

    /** Every piece of text inside {@code root}. */
    static List<String> texts(Component root) {
        List<String> texts = new ArrayList<>();
        collect(root.getElement(), texts);
        return texts;
    }

    private static void collect(Element element, List<String> texts) {
        String text = element.getText();
        if (text != null && !text.isBlank()) {
            texts.add(text);
        }
        element.getChildren().forEach(child -> collect(child, texts));
    }
}
