package org.upright.planner.ui.journal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.account.AccountService;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.CoachingService;
import org.upright.planner.account.Role;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.journal.ActualSet;
import org.upright.planner.journal.DoneDetails;
import org.upright.planner.journal.LoggedSession;
import org.upright.planner.journal.SessionLogService;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.Weeks;
import org.upright.planner.ui.TestPeople;
import org.upright.planner.ui.UiTest;
import org.upright.planner.ui.form.BrowserTyping;

/** Changing a logged session's details: a typo is marked at its field and the log stays as it was. */
@UiTest
class LogDetailsTyposTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CoachingService coaching;

    @Autowired
    WeekPlanService plans;

    @Autowired
    SessionLogService logs;

    AccountSummary lifter;
    LocalDate monday = Weeks.startOf(LocalDate.now());
    String prescriptionId;

    @BeforeEach
    void aLoggedBenchPressOfThreeTimesEightAt60Kg() {
        lifter = new TestPeople(accounts, coaching).create("Lou Logger", Role.LIFTER);
        TestPeople.signIn(lifter);
        PlannedWeek week =
                plans.addSession(lifter.id(), monday, PlannedWeek.NOT_SAVED, monday, SessionKind.STRENGTH, "Press");
        String sessionId = week.plan().sessions().findFirst().orElseThrow().id();
        week = plans.addExercise(
                lifter.id(), monday, week.version(), sessionId, BlockType.MAIN, CatalogSlugs.BENCH_PRESS);
        prescriptionId = week.plan()
                .sessions()
                .flatMap(s -> s.prescriptions())
                .findFirst()
                .orElseThrow()
                .id();
        logs.markDone(
                lifter.id(),
                monday,
                sessionId,
                LoggedSession.NOT_LOGGED,
                new DoneDetails(monday, 7, List.of(new ActualSet(prescriptionId, 3, 8, 60.0)), ""));
        navigate(JournalView.class);
        test($(Button.class).withText("Change…").single()).click();
    }

    @ParameterizedTest
    @ValueSource(strings = {"60-", "1e3", "Infinity", "2.5-"})
    void aTypoInTheLoadKeepsTheLoggedLoad(String typo) {
        NumberField load = $(NumberField.class).withCaption("Load (kg)").single();

        BrowserTyping.type(load, typo);
        save();

        assertThat(stored().actualFor(prescriptionId).orElseThrow().loadKg()).isEqualTo(60.0);
        assertThat(load.isInvalid()).isTrue();
        assertThat(load.getErrorMessage()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-2", "8-", "+"})
    void aTypoInTheEffortOrTheRepsKeepsTheLog(String typo) {
        IntegerField rpe =
                $(IntegerField.class).withCaption("How hard, 1–10 (optional)").single();
        IntegerField reps = $(IntegerField.class).withCaption("Reps").single();

        BrowserTyping.type(rpe, typo);
        BrowserTyping.type(reps, typo);
        save();

        LoggedSession now = stored();
        assertThat(now.sessionRpe()).isEqualTo(7);
        assertThat(now.actualFor(prescriptionId).orElseThrow().reps()).isEqualTo(8);
        assertThat(rpe.isInvalid()).isTrue();
        assertThat(reps.isInvalid()).isTrue();
    }

    private void save() {
        test($(Button.class).withId("save-log").single()).click();
    }

    private LoggedSession stored() {
        return logs.week(lifter.id(), monday).getFirst();
    }
}
