package org.upright.planner.ui.week;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.EffortTarget;
import org.upright.planner.balance.Prescription;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.exercise.Dose;
import org.upright.planner.plan.PlanEdit;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.Weeks;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;
import org.upright.planner.ui.form.BrowserTyping;

/**
 * A typo in the dose editor shows an error at the field and saves nothing: the stored dose, load
 * and effort stay exactly as they were. The text is typed the way the browser reports it.
 */
@UiTest
class DoseEditorTyposTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    WeekPlanService plans;

    AccountSummary lifter;
    LocalDate monday = Weeks.startOf(LocalDate.now());
    Prescription stored;

    @BeforeEach
    void aBenchPressAt60KgForThreeTimesEightToTwelve() {
        lifter = new TestPeople(accounts, coaching).create("Tia Typo", Role.LIFTER);
        TestPeople.signIn(lifter);
        PlannedWeek week =
                plans.addSession(lifter.id(), monday, PlannedWeek.NOT_SAVED, monday, SessionKind.STRENGTH, "Press");
        String sessionId = week.plan().sessions().findFirst().orElseThrow().id();
        week = plans.addExercise(
                lifter.id(), monday, week.version(), sessionId, BlockType.MAIN, CatalogSlugs.BENCH_PRESS);
        String id = onlyPrescription(week).id();
        week = plans.edit(
                lifter.id(),
                monday,
                week.version(),
                new PlanEdit.ChangeDose(id, Dose.reps(3, 8, 12), 60.0, EffortTarget.rpe(8), ""));
        stored = onlyPrescription(week);
        navigate(MyWeekView.class);
        test($(Button.class).withClassName("prescription-dose").single()).click();
    }

    @ParameterizedTest
    @ValueSource(strings = {"60-", "1e3", "1-2", "Infinity", "2.5-", "62.5.5"})
    void aLoadThatIsNotANumberIsMarkedAndTheStoredLoadStays(String typo) {
        NumberField load = $(NumberField.class).withCaption("Load (kg)").single();

        BrowserTyping.type(load, typo);
        save();

        assertNothingChanged();
        assertThat(load.isInvalid()).as("the load field is marked").isTrue();
        assertThat(load.getErrorMessage()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-2", "60-", "2.5-", "+5"})
    void aTypoInTheUpperEndOfTheRangeIsMarkedAndTheRangeStays(String typo) {
        IntegerField to = $(IntegerField.class).withCaption("to").single();

        BrowserTyping.type(to, typo);
        save();

        assertNothingChanged();
        assertThat(to.isInvalid()).as("the 'to' field is marked").isTrue();
        assertThat(to.getErrorMessage()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-2", "8-", "+"})
    void aTypoInTheSetsOrTheLowerEndIsMarked(String typo) {
        IntegerField sets = $(IntegerField.class).withCaption("Sets").single();
        IntegerField from = $(IntegerField.class).withCaption("Reps from").single();

        BrowserTyping.type(sets, typo);
        BrowserTyping.type(from, typo);
        save();

        assertNothingChanged();
        assertThat(sets.isInvalid()).isTrue();
        assertThat(from.isInvalid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e3", "7.5-", "Infinity"})
    void anRpeThatIsNotANumberIsMarkedAndTheStoredRpeStays(String typo) {
        NumberField rpe = $(NumberField.class).withCaption("RPE").single();

        BrowserTyping.type(rpe, typo);
        save();

        assertNothingChanged();
        assertThat(rpe.isInvalid()).isTrue();
    }

    @Test
    void aLoadOutOfRangeIsOneMessageAtTheFieldInPlainWordsNotAToast() {
        NumberField load = $(NumberField.class).withCaption("Load (kg)").single();

        BrowserTyping.type(load, "700");
        save();
        save();

        assertThat(load.isInvalid()).isTrue();
        assertThat(load.getErrorMessage())
                .contains("600")
                .doesNotContain("prescription")
                .doesNotContain(stored.id());
        assertThat($(Notification.class).all())
                .as("no toast repeats what the field says")
                .isEmpty();
        assertNothingChanged();
    }

    @Test
    void aNoteWithANulCharacterIsRefusedAtTheNoteAndNothingIsSaved() {
        TextField note = $(TextField.class).withCaption("Note").single();

        test(note).setValue("pause\u0000at the chest");
        save();

        assertNothingChanged();
        assertThat(onlyPrescription(plans.week(lifter.id(), monday)).note()).isEmpty();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).contains("NUL");
    }

    @Test
    void aPlainNumberStillSaves() {
        NumberField load = $(NumberField.class).withCaption("Load (kg)").single();
        IntegerField to = $(IntegerField.class).withCaption("to").single();

        BrowserTyping.type(load, "62.5");
        BrowserTyping.type(to, "10");
        save();

        Prescription now = onlyPrescription(plans.week(lifter.id(), monday));
        assertThat(now.loadKg()).isEqualTo(62.5);
        assertThat(now.dose()).isEqualTo(Dose.reps(3, 8, 10));
    }

    @Test
    void emptyingTheLoadOnPurposeClearsIt() {
        NumberField load = $(NumberField.class).withCaption("Load (kg)").single();

        BrowserTyping.type(load, "");
        save();

        assertThat(onlyPrescription(plans.week(lifter.id(), monday)).loadKg()).isNull();
    }

    private void save() {
        test($(Button.class).withText("Save").single()).click();
    }

    private void assertNothingChanged() {
        Prescription now = onlyPrescription(plans.week(lifter.id(), monday));
        assertThat(now.dose()).as("dose").isEqualTo(stored.dose());
        assertThat(now.loadKg()).as("load").isEqualTo(stored.loadKg());
        assertThat(now.effort()).as("effort").isEqualTo(stored.effort());
    }

    private static Prescription onlyPrescription(PlannedWeek week) {
        return week.plan()
                .sessions()
                .flatMap(s -> s.prescriptions())
                .findFirst()
                .orElseThrow();
    }
}
