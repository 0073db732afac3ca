package org.upright.planner.balance;

import static java.time.DayOfWeek.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.planner.exercise.CatalogSlugs.*;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.upright.planner.exercise.BuiltInCatalog;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.ExerciseLookup;

/** The stories from the upper-back guide, told as plans against the built-in catalogue. */
class GuideScenarioTest {

    private final ExerciseLookup catalogue = BuiltInCatalog.instance();
    private final BalanceEvaluator evaluator = new BalanceEvaluator(catalogue);
    private final LifterProfile lifter = RuleTesting.CARE;
    private final Targets targets = Targets.defaultsFor(lifter);

    @Test
    void aLifterWhoPressesALotAndRowsLittleIsBalancedByBandRowsTwiceAWeek() {
        WeekPlan week = Plans.week(Plans.WEEK, catalogue)
                .strength(MONDAY, "Chest and shoulders")
                .warmUp(THORACIC_ROTATION, Dose.repsPerSide(1, 10, 10))
                .warmUp(BAND_PULL_APART, Dose.reps(1, 15))
                .main(BENCH_PRESS, Dose.reps(4, 5, 8))
                .accessory(SEATED_CABLE_ROW, Dose.reps(2, 10, 12))
                .strength(WEDNESDAY, "Legs")
                .main(SQUAT, Dose.reps(4, 5))
                .main(ROMANIAN_DEADLIFT, Dose.reps(3, 8))
                .strength(THURSDAY, "Chest again")
                .warmUp(THORACIC_ROTATION, Dose.repsPerSide(1, 10, 10))
                .warmUp(BAND_PULL_APART, Dose.reps(1, 15))
                .main(INCLINE_PRESS, Dose.reps(4, 8, 10))
                .accessory(SEATED_CABLE_ROW, Dose.reps(2, 10, 12))
                .build();

        BalanceReport before = evaluator.evaluate(week, lifter, targets);
        assertThat(before.metrics().pushSets()).isEqualTo(8.0);
        assertThat(before.metrics().pullSets()).isEqualTo(4.0);
        Finding imbalance = before.findingsOf(RuleId.PUSH_PULL_RATIO).getFirst();
        assertThat(imbalance.severity()).isEqualTo(Severity.ALERT);

        // the fix is band rows, paired with the two pressing days
        List<Suggestion.AddPrescription> rows = imbalance.suggestions().stream()
                .map(Suggestion.AddPrescription.class::cast)
                .toList();
        assertThat(rows).hasSize(2).allSatisfy(r -> {
            assertThat(r.prescription().exercise().slug()).isEqualTo(BAND_ROW);
            assertThat(r.prescription().dose().sets()).isEqualTo(4);
        });
        assertThat(rows).extracting(Suggestion.AddPrescription::sessionId).containsExactly("s1", "s3");

        BalanceReport after = evaluator.evaluate(SuggestionApplier.applyAll(week, imbalance), lifter, targets);
        assertThat(after.findingsOf(RuleId.PUSH_PULL_RATIO)).isEmpty();
        assertThat(after.metrics().pushPullRatio()).hasValue(1.5);
        assertThat(after.metrics().horizontalRatio()).hasValue(1.5);
        assertThat(after.metrics().scapularStrengthDays()).isEqualTo(2);
        assertThat(after.score()).isGreaterThan(before.score());
    }

    @Test
    void theSampleDailyRoutineFourTimesAWeekSatisfiesTheRoutineAndMobilityRules() {
        Plans.WeekBuilder builder = Plans.week(Plans.WEEK, catalogue);
        for (DayOfWeek day : List.of(MONDAY, WEDNESDAY, FRIDAY, SUNDAY)) {
            builder.session(day, SessionKind.BACK_CARE_ROUTINE, "Daily routine")
                    .warmUp(SHOULDER_CIRCLES, Dose.minutes(1, 1))
                    .warmUp(NECK_ROLLS, Dose.minutes(1, 1))
                    .warmUp(THORACIC_ROTATION, Dose.repsPerSide(1, 10, 10))
                    .main(DOORWAY_PEC_STRETCH, Dose.hold(2, 30, 30, true))
                    .main(BAND_ROW, Dose.reps(3, 10))
                    .main(PRONE_Y_RAISE, Dose.reps(2, 10))
                    .coolDown(FOAM_ROLLER, Dose.minutes(1, 2))
                    .coolDown(DIAPHRAGMATIC_BREATHING, Dose.minutes(5, 5));
        }
        BalanceReport report = evaluator.evaluate(builder.build(), lifter, targets);

        assertThat(report.metrics().routineDays()).isEqualTo(4);
        assertThat(report.metrics().mobilitySessions()).isEqualTo(4);
        assertThat(report.metrics().estimatedSessionDurations().values())
                .allSatisfy(d -> assertThat(d.toMinutes()).isBetween(10L, 20L));
        assertThat(report.findings())
                .extracting(Finding::rule)
                .doesNotContain(
                        RuleId.ROUTINE_FREQUENCY,
                        RuleId.MOBILITY_FREQUENCY,
                        RuleId.SCAPULAR_STRENGTH_FREQUENCY,
                        RuleId.BREATHING_PRACTICE,
                        RuleId.THORACIC_WARM_UP);
        assertThat(report.score()).isEqualTo(100);
    }

    @Test
    void threeRoutinesAWeekAreNotYetEnough() {
        Plans.WeekBuilder builder = Plans.week(Plans.WEEK, catalogue);
        for (DayOfWeek day : List.of(MONDAY, WEDNESDAY, FRIDAY)) {
            builder.session(day, SessionKind.BACK_CARE_ROUTINE, "Daily routine")
                    .warmUp(THORACIC_ROTATION, Dose.repsPerSide(1, 10, 10))
                    .main(DOORWAY_PEC_STRETCH, Dose.hold(2, 30, 30, true))
                    .main(BAND_ROW, Dose.reps(3, 10))
                    .coolDown(DIAPHRAGMATIC_BREATHING, Dose.minutes(5, 5));
        }
        BalanceReport report = evaluator.evaluate(builder.build(), lifter, targets);
        assertThat(report.findingsOf(RuleId.ROUTINE_FREQUENCY)).hasSize(1);
        assertThat(report.findingsOf(RuleId.MOBILITY_FREQUENCY)).isEmpty();
    }
}
