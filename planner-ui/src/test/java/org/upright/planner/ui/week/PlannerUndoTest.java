package org.upright.planner.ui.week;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.plan.BuiltInTemplates;
import org.upright.planner.plan.ExistingSessions;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.TemplateService;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.WeekTemplate;
import org.upright.planner.plan.Weeks;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;
import org.upright.planner.ui.coaching.ClientWeekView;

/** Undo and redo in the planner, and the questions asked before a week is replaced (issue 10.3). */
@UiTest
class PlannerUndoTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    WeekPlanService plans;

    @Autowired
    TemplateService templates;

    TestPeople people;
    AccountSummary lifter;
    LocalDate monday = Weeks.startOf(LocalDate.now());

    @BeforeEach
    void signInAsANewLifter() {
        people = new TestPeople(accounts, coaching);
        lifter = people.create("Uma Undo", Role.LIFTER);
        TestPeople.signIn(lifter);
    }

    @Test
    void everyEditIsUndoneAndRedoneFromTheToolbarAndTheKeyboardOneStepAtATime() {
        openAPushDayWithBenchPress();
        WeekPlan start = stored();
        assertThat(undoButton().isEnabled()).as("nothing of mine to undo yet").isFalse();

        test($(Button.class).withClassName("prescription-dose").first()).click();
        test($(IntegerField.class).withCaption("Sets").single()).setValue(5);
        test($(Button.class).withText("Save").single()).click();
        WeekPlan dosed = stored();
        test($(Button.class).withAriaLabel("Delete Push day").single()).click();
        assertThat(stored().sessionCount()).isZero();
        assertThat(undoButton().getTooltip().getText()).isEqualTo("Undo: deleted Push day (Ctrl+Z)");

        test(undoButton()).click();
        assertThat(stored()).as("the delete undone").isEqualTo(dosed);
        $(UndoKeys.class).single().pressed("undo");
        assertThat(stored()).as("the dose change undone with Ctrl+Z").isEqualTo(start);
        assertThat(undoButton().isEnabled()).isFalse();

        test(redoButton()).click();
        assertThat(stored()).as("the dose change made again").isEqualTo(dosed);
        $(UndoKeys.class).single().pressed("redo");
        assertThat(stored().sessionCount()).as("the delete made again").isZero();
        assertThat(sessionTitles()).isEmpty();
        assertThat(redoButton().isEnabled()).isFalse();
    }

    @Test
    void applyAllFixesIsUndoneInOneStep() {
        openAPushDayWithBenchPress();
        WeekPlan before = stored();
        int findings = $(Div.class).withClassName("finding").all().size();

        test($(Button.class).withId("apply-all").single()).click();
        assertThat(stored())
                .as("nothing changes before the preview is confirmed")
                .isEqualTo(before);
        test($(Button.class).withId("fix-preview-apply").single()).click();
        assertThat(stored()).isNotEqualTo(before);
        test(undoButton()).click();

        assertThat(stored()).isEqualTo(before);
        assertThat($(Div.class).withClassName("finding").all()).hasSize(findings);
        assertThat(undoButton().isEnabled()).as("one click, one step").isFalse();
    }

    @Test
    void applyAllShowsWhatItWillDoAndCancelLeavesTheWeekAlone() {
        openAPushDayWithBenchPress();
        WeekPlan before = stored();

        test($(Button.class).withId("apply-all").single()).click();

        UnorderedList list =
                $(UnorderedList.class).withId("fix-preview-changes").single();
        List<String> changes =
                $(ListItem.class, list).all().stream().map(ListItem::getText).toList();
        assertThat(changes)
                .as("one line per session, in plain words")
                .anySatisfy(line ->
                        assertThat(line).startsWith("Monday “Push day”:").contains("sets of"))
                .anySatisfy(line -> assertThat(line).contains("“Mobility and breathing” session"));
        test($(Button.class).withId("fix-preview-cancel").single()).click();

        assertThat(stored()).as("cancel changes nothing").isEqualTo(before);
        assertThat(undoButton().isEnabled()).as("nothing to undo").isFalse();
    }

    @Test
    void oneFindingsApplyIsUndoneInOneStep() {
        openAPushDayWithBenchPress();
        WeekPlan before = stored();

        test($(Button.class).withClassName("apply-finding").first()).click();
        assertThat(stored()).isNotEqualTo(before);
        test(undoButton()).click();

        assertThat(stored()).isEqualTo(before);
        assertThat(undoButton().isEnabled()).as("one click, one step").isFalse();
    }

    @Test
    void moreThanTwentyStepsCanBeUndone() {
        navigate(MyWeekView.class);
        for (int i = 0; i < 21; i++) {
            test($(Button.class).withClassName("add-session").all().get(i % 7)).click();
            test($(TextField.class).withCaption("Title").single()).setValue("Step " + i);
            test($(Button.class).withText("Save").single()).click();
        }
        assertThat(stored().sessionCount()).isEqualTo(21);

        for (int i = 0; i < 21; i++) {
            test(undoButton()).click();
        }

        assertThat(stored().sessionCount()).isZero();
        assertThat(undoButton().isEnabled()).isFalse();
        assertThat($(Notification.class).all())
                .as("one note about undoing, not 21 stacked up")
                .filteredOn(Notification::isOpened)
                .extracting(note -> test(note).getText())
                .filteredOn(text -> text.startsWith("Undone"))
                .containsExactly("Undone: added Step 0.");
    }

    @Test
    void copyingLastWeekOntoAPlannedWeekAsksAndCancelChangesNothing() {
        plans.addSession(
                lifter.id(),
                monday.minusWeeks(1),
                PlannedWeek.NOT_SAVED,
                monday.minusWeeks(1),
                SessionKind.MOBILITY,
                "Last week's stretch");
        plans.addSession(lifter.id(), monday, PlannedWeek.NOT_SAVED, monday.plusDays(1), SessionKind.STRENGTH, "Mine");
        navigate(MyWeekView.class);
        WeekPlan before = stored();

        test($(Button.class).withId("copy-last-week").single()).click();
        Dialog asked = $(Dialog.class).withClassName("existing-sessions-dialog").single();
        assertThat(asked.getHeaderTitle()).isEqualTo("This week already has 1 session");
        test($(Button.class).withId("existing-cancel").single()).click();
        assertThat(stored()).isEqualTo(before);

        test($(Button.class).withId("copy-last-week").single()).click();
        test($(Button.class).withId("existing-keep").single()).click();
        assertThat(sessionTitles()).containsExactly("Last week's stretch", "Mine");

        test(undoButton()).click();
        test($(Button.class).withId("copy-last-week").single()).click();
        test($(Button.class).withId("existing-replace").single()).click();
        assertThat(sessionTitles()).containsExactly("Last week's stretch");

        test(undoButton()).click();
        assertThat(stored()).as("replacing is undone too").isEqualTo(before);
    }

    @Test
    void copyingLastWeekIntoAnEmptyWeekDoesNotAskAndIsUndoable() {
        plans.addSession(lifter.id(), monday, PlannedWeek.NOT_SAVED, monday, SessionKind.STRENGTH, "This week");
        navigate(MyWeekView.class, Map.of("week", WeekLabels.urlParameter(monday.plusWeeks(1))));

        test($(Button.class).withId("copy-last-week").single()).click();
        assertThat($(Dialog.class).withClassName("existing-sessions-dialog").all())
                .isEmpty();
        assertThat(sessionTitles()).containsExactly("This week");
        assertThat(undoButton().isEnabled()).isTrue();

        test(undoButton()).click();
        assertThat(plans.week(lifter.id(), monday.plusWeeks(1)).plan().sessionCount())
                .isZero();
    }

    @Test
    void usingATemplateAgainIsAVisibleChoiceAndUndoable() {
        plans.applyTemplate(
                lifter.id(), monday, PlannedWeek.NOT_SAVED, BuiltInTemplates.DESK_WORKER, ExistingSessions.KEEP);
        navigate(MyWeekView.class);
        WeekPlan before = stored();

        test($(Button.class).withText("Use a template").single()).click();
        test($(Button.class).withAriaLabel("Add Desk-worker week").single()).click();
        Dialog asked = $(Dialog.class).withClassName("existing-sessions-dialog").single();
        assertThat($(Paragraph.class, asked)
                        .withClassName("existing-sessions-warning")
                        .single()
                        .getText())
                .contains("already has the sessions of this template");
        test($(Button.class).withId("existing-keep").single()).click();
        assertThat(stored().sessionCount()).isEqualTo(2 * before.sessionCount());

        test(undoButton()).click();
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anUndoTheCoachHasSinceMadeImpossibleSaysWhyAndChangesNothing() {
        AccountSummary coach = people.create("Cy Coach", Role.COACH);
        people.link(coach, lifter);
        openAPushDayWithBenchPress();
        test($(Button.class).withClassName("prescription-dose").first()).click();
        test($(IntegerField.class).withCaption("Sets").single()).setValue(5);
        test($(Button.class).withText("Save").single()).click();
        PlannedWeek dosed = plans.week(lifter.id(), monday);
        String bench = dosed.plan()
                .sessions()
                .flatMap(Session::prescriptions)
                .findFirst()
                .orElseThrow()
                .id();
        PlannedWeek coachRemoved =
                TestPeople.as(coach, () -> plans.removePrescription(lifter.id(), monday, dosed.version(), bench));

        test(undoButton()).click();
        test($(Button.class).withId("reload-and-reapply").single()).click();

        assertThat(test($(Notification.class).withId("edit-refused").last()).getText())
                .isEqualTo("Could not undo: Bench press is no longer in this week. The week is unchanged.");
        assertThat(stored()).isEqualTo(coachRemoved.plan());
        assertThat($(Div.class).withClassName("prescription").all())
                .as("the screen shows the coach's version")
                .isEmpty();
        assertThat(undoButton().isEnabled()).as("that step is let go").isFalse();
    }

    @Test
    void savingATemplateUnderANameInUseAsksBeforeReplacingIt() {
        AccountSummary coach = people.create("Tia Templates", Role.COACH);
        people.link(coach, lifter);
        TestPeople.signIn(coach);
        PlannedWeek pushDay =
                plans.addSession(lifter.id(), monday, PlannedWeek.NOT_SAVED, monday, SessionKind.STRENGTH, "Push day");
        WeekTemplate saved = templates.saveWeekAsTemplate(lifter.id(), monday, "Push week", false);
        plans.addSession(lifter.id(), monday, pushDay.version(), monday.plusDays(2), SessionKind.STRENGTH, "Pull day");
        navigate(ClientWeekView.class, Map.of("lifterId", Long.toString(lifter.id())));

        test($(Button.class).withText("Use a template").single()).click();
        test($(TextField.class).withCaption("Keep this week as a template").single())
                .setValue("push WEEK");
        test($(Button.class).withId("save-as-template").single()).click();
        Dialog asked = $(Dialog.class).withClassName("replace-template-dialog").single();
        assertThat(asked.getHeaderTitle()).isEqualTo("Replace “Push week”?");
        test($(Button.class).withId("replace-template").single()).click();

        assertThat(templates.available())
                .filteredOn(t -> t.name().equalsIgnoreCase("push week"))
                .extracting(WeekTemplate::name)
                .containsExactly("push WEEK");
        assertThat(sessionsOf(templates.find(saved.id()).orElseThrow())).containsExactly("Push day", "Pull day");

        test($(Button.class).withId("undo-template-replace").single()).click();
        assertThat(sessionsOf(templates.find(saved.id()).orElseThrow()))
                .as("replacing the template is undone")
                .containsExactly("Push day");
    }

    private static List<String> sessionsOf(WeekTemplate template) {
        return template.sessions().stream().map(day -> day.session().title()).toList();
    }

    private Button undoButton() {
        return $(Button.class).withId("plan-undo").single();
    }

    private Button redoButton() {
        return $(Button.class).withId("plan-redo").single();
    }

    private WeekPlan stored() {
        return plans.week(lifter.id(), monday).plan();
    }

    private List<String> sessionTitles() {
        return $(Div.class).withClassName("session-card").all().stream()
                .map(card -> $(H4.class, card).single().getText())
                .toList();
    }

    private static String sessionId(WeekPlan week) {
        return week.sessions().findFirst().orElseThrow().id();
    }

    /** A Monday "Push day" with bench press only (a push:pull finding to fix), open on the planner. */
    private void openAPushDayWithBenchPress() {
        PlannedWeek saved =
                plans.addSession(lifter.id(), monday, PlannedWeek.NOT_SAVED, monday, SessionKind.STRENGTH, "Push day");
        plans.addExercise(
                lifter.id(),
                monday,
                saved.version(),
                sessionId(saved.plan()),
                BlockType.MAIN,
                CatalogSlugs.BENCH_PRESS);
        navigate(MyWeekView.class);
    }
}
