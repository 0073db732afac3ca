package org.upright.planner.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.planner.journal.JournalFixtures.thisWeek;
import static org.upright.planner.journal.JournalFixtures.today;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.plan.BuiltInTemplates;
import org.upright.planner.plan.ExistingSessions;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.review.HabitTick;
import org.upright.planner.review.SessionLog;
import org.upright.planner.review.WeekRecord;
import org.upright.planner.safety.PainTiming;
import org.upright.planner.safety.RedFlag;
import org.upright.planner.safety.RedFlagCheckReason;
import org.upright.planner.safety.WeeklyAdherence;

@DatabaseTest
class JournalServiceTest {

    @Autowired
    JournalService journal;

    @Autowired
    SessionLogService logs;

    @Autowired
    CheckInService checkIns;

    @Autowired
    HabitService habits;

    @Autowired
    WeekPlanService plans;

    @Autowired
    People people;

    @Autowired
    JournalFixtures fixtures;

    AccountSummary lifter;

    @BeforeEach
    void aNewLifter() {
        lifter = people.lifter("Jo Journal");
    }

    @Test
    void theOverviewShowsPainPerDayAdherencePerWeekAndTheNotes() {
        LocalDate lastMonday = thisWeek().minusWeeks(1);
        PlannedWeek last = fixtures.planSession(lifter, lastMonday, "Rows");
        fixtures.planSession(lifter, lastMonday.plusDays(2), "Press");
        people.as(lifter, () -> {
            logs.markDoneAsPlanned(
                    lifter.id(), lastMonday, JournalFixtures.sessionId(last, "Rows"), LoggedSession.NOT_LOGGED);
            checkIns.checkIn(
                    lifter.id(), new PainEntry(lastMonday, PainTiming.BEFORE, 4, null, "stiff", null), Set.of());
            checkIns.checkIn(lifter.id(), PainEntry.of(lastMonday, PainTiming.AFTER, 2), null);
            checkIns.checkIn(lifter.id(), PainEntry.of(lastMonday, PainTiming.AFTER, 3), null);
        });

        JournalOverview overview = people.as(lifter, () -> journal.overview(lifter.id(), 2));

        assertThat(overview.from()).isEqualTo(lastMonday);
        assertThat(overview.to()).isEqualTo(today());
        assertThat(overview.days().getFirst()).isEqualTo(new DayPain(lastMonday, 4.0, 2.5));
        assertThat(overview.days().get(1).hasCheckIns()).isFalse();
        assertThat(overview.adherence().getFirst()).isEqualTo(new WeeklyAdherence(lastMonday, 2, 1));
        assertThat(overview.notes())
                .singleElement()
                .isEqualTo(new JournalNote(lastMonday, JournalNote.Source.PAIN_CHECK_IN, "stiff"));
    }

    @Test
    void recordsFollowThePlanAsItIsNowAndBuildValidReviewWeeks() {
        LocalDate monday = thisWeek();
        PlannedWeek week = fixtures.planSession(lifter, monday, "Rows");
        PlannedWeek both = fixtures.planSession(lifter, monday, "Extra");
        String rows = JournalFixtures.sessionId(both, "Rows");
        String extra = JournalFixtures.sessionId(both, "Extra");
        people.as(lifter, () -> {
            logs.markDoneAsPlanned(lifter.id(), monday, rows, LoggedSession.NOT_LOGGED);
            logs.markDoneAsPlanned(lifter.id(), monday, extra, LoggedSession.NOT_LOGGED);
            logs.logUnplanned(lifter.id(), monday, SessionKind.CONDITIONING, "Walk", null, "");
            checkIns.checkIn(lifter.id(), PainEntry.of(monday, PainTiming.BEFORE, 3), Set.of());
            habits.chooseHabits(lifter.id(), List.of(Habit.MOVEMENT_BREAK.label()), HabitBlock.NONE);
            habits.tick(lifter.id(), Habit.MOVEMENT_BREAK.label(), today(), true);
            // the coach-side edit: the extra session leaves the plan after it was done (before the
            // red flag below, which pauses the plan and refuses every edit until a clearance)
            PlannedWeek now = plans.week(lifter.id(), monday);
            plans.removeSession(lifter.id(), monday, now.version(), extra);
            checkIns.answerRedFlags(lifter.id(), Set.of(RedFlag.FEVER), RedFlagCheckReason.SIGN_UP);
        });

        JournalRecords records = people.as(lifter, () -> journal.records(lifter.id(), monday.minusWeeks(1), monday));

        assertThat(records.plans()).hasSize(2);
        assertThat(records.plans().getFirst().sessionCount()).isZero();
        assertThat(records.sessionLogs())
                .contains(new SessionLog.Done(rows, today(), null))
                .contains(new SessionLog.Unplanned(today(), SessionKind.STRENGTH, "Extra"))
                .contains(new SessionLog.Unplanned(monday, SessionKind.CONDITIONING, "Walk"));
        assertThat(records.painReadings()).hasSize(1);
        assertThat(records.habitTicks()).containsExactly(new HabitTick(today(), Habit.MOVEMENT_BREAK.label()));
        assertThat(records.redFlagChecks()).hasSize(2);
        assertThat(records.adherence().getLast()).isEqualTo(new WeeklyAdherence(monday, 1, 1));
        List<WeekRecord> weeks = records.weeks();
        assertThat(weeks).hasSize(2);
        assertThat(weeks.getLast().logs()).hasSize(3);
        assertThat(records.safetyHistory().redFlagChecks()).hasSize(2);
        assertThat(week.version()).isNotNegative();
    }

    @Test
    void theCardShowsThePlannedRoutineOrTheSampleOne() {
        BackCareRoutine sample = people.as(lifter, () -> journal.routine(lifter.id()));
        assertThat(sample.fromPlan()).isFalse();
        assertThat(sample.lines())
                .hasSize((int) BuiltInTemplates.sampleRoutine().prescriptions().count());
        assertThat(sample.lines().getFirst().dose()).isNotBlank();

        people.as(lifter, () -> {
            PlannedWeek week = plans.applyTemplate(
                    lifter.id(),
                    thisWeek(),
                    PlannedWeek.NOT_SAVED,
                    BuiltInTemplates.BACK_CARE_ROUTINE,
                    ExistingSessions.KEEP);
            String id = week.plan().sessions().findFirst().orElseThrow().id();
            plans.renameSession(
                    lifter.id(), thisWeek(), week.version(), id, SessionKind.BACK_CARE_ROUTINE, "My routine");
        });

        BackCareRoutine mine = people.as(lifter, () -> journal.routine(lifter.id()));
        assertThat(mine.fromPlan()).isTrue();
        assertThat(mine.title()).isEqualTo("My routine");
    }
}
