package org.upright.planner.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.planner.exercise.CatalogSlugs.*;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.upright.planner.exercise.Dose;

class DurationEstimateTest {

    private static long seconds(String slug, Dose dose, BlockType block) {
        return DurationEstimate.seconds(Prescription.of("p", FixtureExercises.INSTANCE.require(slug), dose), block);
    }

    @Test
    void repsTakeFourSecondsEachAndRangesUseTheUpperEnd() {
        // 3 × 12 × 4 s + 2 × 60 s rest
        assertThat(seconds(BENCH_PRESS, Dose.reps(3, 8, 12), BlockType.MAIN)).isEqualTo(264);
    }

    @Test
    void perSideDoublesTheWork() {
        // 1 × 10 × 4 s × 2 sides, no rest after a single set
        assertThat(seconds(THORACIC_ROTATION, Dose.repsPerSide(1, 10, 10), BlockType.WARM_UP))
                .isEqualTo(80);
    }

    @Test
    void holdsAreAsWrittenPerSideDoubledWithShortRestForMobility() {
        // 2 × 30 s × 2 sides + 1 × 15 s
        assertThat(seconds(DOORWAY_PEC_STRETCH, Dose.hold(2, 20, 30, true), BlockType.MAIN))
                .isEqualTo(135);
        // a plank hold in the main block is strength work: 60 s rest
        assertThat(seconds(PLANK, Dose.hold(3, 30, 45, false), BlockType.MAIN)).isEqualTo(3 * 45 + 2 * 60);
    }

    @Test
    void durationsAreAsWritten() {
        assertThat(seconds(DIAPHRAGMATIC_BREATHING, Dose.minutes(5, 5), BlockType.COOL_DOWN))
                .isEqualTo(300);
        assertThat(seconds(FOAM_ROLLER, Dose.minutes(1, 2), BlockType.COOL_DOWN))
                .isEqualTo(120);
    }

    @Test
    void roundsCountLikeReps() {
        assertThat(seconds(CAT_COW, Dose.rounds(2, 8, 12), BlockType.MAIN)).isEqualTo(2 * 48 + 15);
    }

    @Test
    void warmUpSetsOfALiftRestBriefly() {
        assertThat(seconds(BENCH_PRESS, Dose.reps(2, 5), BlockType.WARM_UP)).isEqualTo(2 * 20 + 15);
    }

    @Test
    void sessionsAndDaysAddUp() {
        WeekPlan week = Plans.week()
                .strength(java.time.DayOfWeek.MONDAY, "Push")
                .warmUp(THORACIC_ROTATION, Dose.repsPerSide(1, 10, 10))
                .main(BENCH_PRESS, Dose.reps(3, 8, 12))
                .session(java.time.DayOfWeek.MONDAY, SessionKind.RECOVERY, "Evening")
                .main(DIAPHRAGMATIC_BREATHING, Dose.minutes(5, 5))
                .build();
        BalanceMetrics m = RuleTesting.evaluate(week, RuleTesting.GENERAL).metrics();
        assertThat(m.estimatedSessionDurations())
                .containsEntry("s1", Duration.ofSeconds(344))
                .containsEntry("s2", Duration.ofMinutes(5));
        assertThat(m.estimatedDayDurations()).containsEntry(Plans.WEEK, Duration.ofSeconds(644));
        assertThat(DurationEstimate.of(week.days().getFirst())).isEqualTo(Duration.ofSeconds(644));
    }
}
