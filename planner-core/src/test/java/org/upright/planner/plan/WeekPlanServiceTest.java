package org.upright.planner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.EffortTarget;
import org.upright.planner.balance.Finding;
import org.upright.planner.balance.RuleId;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.balance.Severity;
import org.upright.planner.common.StaleEditException;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.exercise.Dose;

@DatabaseTest
class WeekPlanServiceTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Autowired
    WeekPlanService plans;

    @Autowired
    People people;

    AccountSummary lifter;

    @BeforeEach
    void setUp() {
        lifter = people.lifter("Lee Lifter");
    }

    @Test
    void anUnplannedWeekIsEmptyAndUnsaved() {
        PlannedWeek week = people.as(lifter, () -> plans.week(lifter.id(), MONDAY.plusDays(3)));

        assertThat(week.weekStart()).isEqualTo(MONDAY);
        assertThat(week.version()).isEqualTo(PlannedWeek.NOT_SAVED);
        assertThat(week.plan().sessionCount()).isZero();
        assertThat(week.report().findingsOf(RuleId.MOBILITY_FREQUENCY))
                .extracting(Finding::severity)
                .containsExactly(Severity.ALERT);
    }

    @Test
    void aPressHeavyWeekIsFlaggedAndApplyingTheSuggestionBalancesItForGood() {
        PlannedWeek week = pressHeavyWeek();
        Finding alert = week.report().findingsOf(RuleId.PUSH_PULL_RATIO).getFirst();
        assertThat(alert.severity()).isEqualTo(Severity.ALERT);

        PlannedWeek fixed = people.as(
                lifter, () -> plans.applySuggestions(lifter.id(), MONDAY, week.version(), FindingRef.of(alert)));

        assertThat(fixed.report().has(RuleId.PUSH_PULL_RATIO)).isFalse();
        PlannedWeek reloaded = people.as(lifter, () -> plans.week(lifter.id(), MONDAY));
        assertThat(reloaded.plan()).isEqualTo(fixed.plan());
        assertThat(reloaded.report().has(RuleId.PUSH_PULL_RATIO)).isFalse();
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() {
        PlannedWeek start = people.as(
                lifter,
                () -> plans.addSession(
                        lifter.id(), MONDAY, PlannedWeek.NOT_SAVED, MONDAY, SessionKind.STRENGTH, "Push"));
        PlannedWeek coachView = start;
        PlannedWeek lifterView = start;

        people.as(
                lifter,
                () -> plans.addSession(
                        lifter.id(),
                        MONDAY,
                        lifterView.version(),
                        MONDAY.plusDays(2),
                        SessionKind.MOBILITY,
                        "Stretch"));

        assertThatThrownBy(() -> people.as(
                        lifter,
                        () -> plans.addSession(
                                lifter.id(),
                                MONDAY,
                                coachView.version(),
                                MONDAY.plusDays(4),
                                SessionKind.STRENGTH,
                                "Pull")))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("changed by someone else");
        PlannedWeek stored = people.as(lifter, () -> plans.week(lifter.id(), MONDAY));
        assertThat(stored.plan().sessions().map(Session::title)).containsExactly("Push", "Stretch");
    }

    @Test
    void aLifterCannotReadOrChangeAnotherLiftersWeekByItsId() {
        PlannedWeek mine = pressHeavyWeek();
        AccountSummary intruder = people.lifter("Ivy Intruder");

        assertThatThrownBy(() -> people.as(intruder, () -> plans.week(lifter.id(), MONDAY)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.as(
                        intruder,
                        () -> plans.addSession(
                                lifter.id(), MONDAY, mine.version(), MONDAY, SessionKind.STRENGTH, "Sneaky")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.as(intruder, () -> plans.weeks(lifter.id(), MONDAY, MONDAY)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(people.as(lifter, () -> plans.week(lifter.id(), MONDAY)).version())
                .isEqualTo(mine.version());
    }

    @Test
    void theLiftersCoachPlansTheWeekAndAFormerCoachCannot() {
        AccountSummary coach = people.coach("Cam Coach");
        AccountSummary former = people.coach("Fay Former");
        people.coaches(coach, lifter, false);
        people.coaches(former, lifter, true);

        PlannedWeek byCoach = people.as(
                coach,
                () -> plans.addSession(
                        lifter.id(), MONDAY, PlannedWeek.NOT_SAVED, MONDAY, SessionKind.STRENGTH, "Coach's day"));

        assertThat(people.as(lifter, () -> plans.week(lifter.id(), MONDAY))
                        .plan()
                        .sessionCount())
                .isEqualTo(1);
        assertThat(byCoach.lastChange())
                .hasValueSatisfying(change -> assertThat(change.accountId()).isEqualTo(coach.id()));
        assertThatThrownBy(() -> people.as(former, () -> plans.week(lifter.id(), MONDAY)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void dosesLoadsAndEffortCanBeChangedAndNonsenseIsRefusedWithTheFieldNamed() {
        PlannedWeek week = pressHeavyWeek();
        String benchId = week.plan()
                .sessions()
                .flatMap(Session::prescriptions)
                .findFirst()
                .orElseThrow()
                .id();

        PlannedWeek changed = people.as(
                lifter,
                () -> plans.changePrescription(
                        lifter.id(),
                        MONDAY,
                        week.version(),
                        benchId,
                        Dose.reps(5, 5),
                        80.0,
                        EffortTarget.rpe(8),
                        "paused reps"));

        var bench = WeekEdits.prescription(changed.plan(), benchId).orElseThrow();
        assertThat(bench.dose()).isEqualTo(Dose.reps(5, 5));
        assertThat(bench.loadKg()).isEqualTo(80.0);
        assertThat(bench.note()).isEqualTo("paused reps");
        assertThatThrownBy(() -> people.as(
                        lifter,
                        () -> plans.changePrescription(
                                lifter.id(), MONDAY, changed.version(), benchId, Dose.reps(5, 5), -20.0, null, "")))
                .isInstanceOf(PlanEditRejected.class)
                .hasMessageContaining("load");
        assertThatThrownBy(() -> people.as(
                        lifter,
                        () -> plans.addExercise(
                                lifter.id(), MONDAY, changed.version(), bench.id(), BlockType.MAIN, "no-such-lift")))
                .isInstanceOf(PlanEditRejected.class);
    }

    @Test
    void sessionsAndExercisesMoveBetweenDaysAndAnUndoRestoresTheWeek() {
        PlannedWeek week = pressHeavyWeek();
        Session push = week.plan().sessions().findFirst().orElseThrow();
        PlannedWeek withSecond = people.as(
                lifter,
                () -> plans.addSession(
                        lifter.id(), MONDAY, week.version(), MONDAY.plusDays(3), SessionKind.STRENGTH, "Thursday"));
        String thursdayId = withSecond
                .plan()
                .day(MONDAY.plusDays(3))
                .orElseThrow()
                .sessions()
                .getFirst()
                .id();
        String pressId = push.prescriptions().toList().get(1).id();

        PlannedWeek moved = people.as(
                lifter,
                () -> plans.movePrescription(
                        lifter.id(), MONDAY, withSecond.version(), pressId, thursdayId, BlockType.MAIN, 0));
        assertThat(moved.plan()
                        .session(thursdayId)
                        .orElseThrow()
                        .prescriptions()
                        .map(p -> p.id()))
                .containsExactly(pressId);

        PlannedWeek sessionMoved = people.as(
                lifter,
                () -> plans.moveSession(lifter.id(), MONDAY, moved.version(), push.id(), MONDAY.plusDays(1), 0));
        assertThat(sessionMoved.plan().day(MONDAY.plusDays(1)).orElseThrow().sessions())
                .extracting(Session::id)
                .containsExactly(push.id());

        PlannedWeek removed =
                people.as(lifter, () -> plans.removeSession(lifter.id(), MONDAY, sessionMoved.version(), push.id()));
        assertThat(removed.plan().session(push.id())).isEmpty();
        PlannedWeek undone =
                people.as(lifter, () -> plans.undo(lifter.id(), MONDAY, removed.version(), removed.version()));
        assertThat(undone.plan()).isEqualTo(sessionMoved.plan());
    }

    @Test
    void theNextWeekCanStartAsACopyOfThisOne() {
        PlannedWeek week = pressHeavyWeek();

        PlannedWeek next = people.as(
                lifter,
                () -> plans.copyPreviousWeek(
                        lifter.id(), MONDAY.plusWeeks(1), PlannedWeek.NOT_SAVED, ExistingSessions.REPLACE));

        assertThat(next.plan().sessions().map(Session::title)).containsExactly("Push day");
        assertThat(next.plan().days().getFirst().date()).isEqualTo(MONDAY.plusWeeks(1));
        assertThat(next.plan()
                        .sessions()
                        .flatMap(Session::prescriptions)
                        .map(p -> p.exercise().slug()))
                .containsExactlyElementsOf(week.plan()
                        .sessions()
                        .flatMap(Session::prescriptions)
                        .map(p -> p.exercise().slug())
                        .toList());
    }

    @Test
    void theBalancedTemplateLeavesNothingToFixAndTheRoutineTemplateCountsFourRoutineDays() {
        PlannedWeek balanced = people.as(
                lifter,
                () -> plans.applyTemplate(
                        lifter.id(),
                        MONDAY,
                        PlannedWeek.NOT_SAVED,
                        BuiltInTemplates.BALANCED_THREE_DAY,
                        ExistingSessions.KEEP));

        assertThat(balanced.report().findings())
                .filteredOn(f -> f.severity() != Severity.INFO)
                .isEmpty();
        assertThat(balanced.report().score()).isEqualTo(100);
    }

    private PlannedWeek pressHeavyWeek() {
        PlannedWeek empty = people.as(lifter, () -> plans.week(lifter.id(), MONDAY));
        PlannedWeek withSession = people.as(
                lifter,
                () -> plans.addSession(lifter.id(), MONDAY, empty.version(), MONDAY, SessionKind.STRENGTH, "Push day"));
        String sessionId =
                withSession.plan().sessions().findFirst().orElseThrow().id();
        PlannedWeek current = withSession;
        for (String slug : new String[] {CatalogSlugs.BENCH_PRESS, CatalogSlugs.OVERHEAD_PRESS, CatalogSlugs.DIPS}) {
            long version = current.version();
            current = people.as(
                    lifter, () -> plans.addExercise(lifter.id(), MONDAY, version, sessionId, BlockType.MAIN, slug));
        }
        return current;
    }
}
