package org.upright.planner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.RuleId;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.journal.CheckInService;
import org.upright.planner.safety.RedFlag;
import org.upright.planner.safety.RedFlagCheckReason;

/**
 * Paused means paused (domain §5), decided by the service on PostgreSQL: while a red flag is open
 * no edit, fix, "apply all" or undo reaches the stored week, whoever asks — the lifter or the
 * coach — and a recorded clearance lets edits through again.
 */
@DatabaseTest
class PausedPlanTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Autowired
    WeekPlanService plans;

    @Autowired
    CheckInService checkIns;

    @Autowired
    People people;

    AccountSummary lifter;
    AccountSummary coach;

    @BeforeEach
    void setUp() {
        lifter = people.lifter("Pat Paused");
        coach = people.coach("Cora Coach");
        people.coaches(coach, lifter, false);
    }

    @Test
    void whileARedFlagIsOpenEveryEditOfTheWeekIsRefusedAndNothingIsStored() {
        PlannedWeek before = pressHeavyWeek();
        assertThat(before.paused()).isFalse();
        assertThat(before.report().has(RuleId.PUSH_PULL_RATIO)).isTrue();
        String sessionId = before.plan().sessions().findFirst().orElseThrow().id();

        people.as(
                lifter,
                () -> checkIns.answerRedFlags(lifter.id(), Set.of(RedFlag.FEVER), RedFlagCheckReason.ON_REQUEST));

        long version = before.version();
        List<Runnable> edits = List.of(
                () -> people.as(lifter, () -> plans.applyAllSuggestions(lifter.id(), MONDAY, version)),
                () -> people.as(
                        lifter,
                        () -> plans.applySuggestions(
                                lifter.id(),
                                MONDAY,
                                version,
                                FindingRef.of(before.report()
                                        .findingsOf(RuleId.PUSH_PULL_RATIO)
                                        .getFirst()))),
                () -> people.as(
                        lifter,
                        () -> plans.addSession(
                                lifter.id(), MONDAY, version, MONDAY.plusDays(2), SessionKind.STRENGTH, "More")),
                () -> people.as(lifter, () -> plans.removeSession(lifter.id(), MONDAY, version, sessionId)),
                () -> people.as(lifter, () -> plans.undo(lifter.id(), MONDAY, version, version)),
                () -> people.as(
                        coach,
                        () -> plans.addExercise(
                                lifter.id(), MONDAY, version, sessionId, BlockType.MAIN, CatalogSlugs.BENCH_PRESS)),
                () -> people.as(coach, () -> plans.applyAllSuggestions(lifter.id(), MONDAY, version)));
        for (Runnable edit : edits) {
            assertThatThrownBy(edit::run).isInstanceOf(PlanEditRejected.class).hasMessageContaining("paused");
        }

        PlannedWeek stored = people.as(lifter, () -> plans.week(lifter.id(), MONDAY));
        assertThat(stored.version()).isEqualTo(version);
        assertThat(stored.plan()).isEqualTo(before.plan());
    }

    @Test
    void aRecordedClearanceResumesThePlan() {
        PlannedWeek before = pressHeavyWeek();
        people.as(
                lifter,
                () -> checkIns.answerRedFlags(lifter.id(), Set.of(RedFlag.FEVER), RedFlagCheckReason.ON_REQUEST));
        assertThatThrownBy(
                        () -> people.as(lifter, () -> plans.applyAllSuggestions(lifter.id(), MONDAY, before.version())))
                .isInstanceOf(PlanEditRejected.class);

        people.as(lifter, () -> checkIns.recordClearance(lifter.id(), LocalDate.now(), "Seen by my GP"));

        PlannedWeek fixed = people.as(lifter, () -> plans.applyAllSuggestions(lifter.id(), MONDAY, before.version()));
        assertThat(fixed.paused()).isFalse();
        assertThat(fixed.version()).isGreaterThan(before.version());
        assertThat(fixed.report().has(RuleId.PUSH_PULL_RATIO)).isFalse();
    }

    private PlannedWeek pressHeavyWeek() {
        PlannedWeek empty = people.as(lifter, () -> plans.week(lifter.id(), MONDAY));
        PlannedWeek current = people.as(
                lifter,
                () -> plans.addSession(lifter.id(), MONDAY, empty.version(), MONDAY, SessionKind.STRENGTH, "Push day"));
        String sessionId = current.plan().sessions().findFirst().orElseThrow().id();
        for (String slug : new String[] {CatalogSlugs.BENCH_PRESS, CatalogSlugs.OVERHEAD_PRESS, CatalogSlugs.DIPS}) {
            long version = current.version();
            current = people.as(
                    lifter, () -> plans.addExercise(lifter.id(), MONDAY, version, sessionId, BlockType.MAIN, slug));
        }
        return current;
    }
}
