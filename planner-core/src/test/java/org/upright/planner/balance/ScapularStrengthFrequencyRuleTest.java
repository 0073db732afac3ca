package org.upright.planner.balance;

import static java.time.DayOfWeek.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.planner.balance.RuleTesting.*;
import static org.upright.planner.exercise.CatalogSlugs.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.upright.planner.exercise.Dose;

class ScapularStrengthFrequencyRuleTest {

    private static List<Finding> scapular(WeekPlan week) {
        return findings(week, GENERAL, RuleId.SCAPULAR_STRENGTH_FREQUENCY);
    }

    @Test
    void twoDaysWithTwoRowingSetsEachAreEnough() {
        WeekPlan week = Plans.week()
                .strength(MONDAY, "Pull")
                .main(BAND_ROW, Dose.reps(2, 10))
                .strength(THURSDAY, "Pull")
                .main(PRONE_Y_RAISE, Dose.reps(2, 10))
                .build();
        assertThat(scapular(week)).isEmpty();
        assertThat(evaluate(week, GENERAL).metrics().scapularStrengthDays()).isEqualTo(2);
    }

    @Test
    void oneSetADayIsNotEnoughAndPullUpsDoNotCount() {
        WeekPlan week = Plans.week()
                .strength(MONDAY, "Pull")
                .main(BAND_ROW, Dose.reps(1, 10))
                .strength(THURSDAY, "Pull")
                .main(PULL_UP, Dose.reps(5, 5))
                .build();
        assertThat(scapular(week)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(RuleTesting.english(f.message())).startsWith("No day this week");
        });
    }

    @Test
    void setsFromTwoSessionsOnTheSameDayAddUpAndHalfSetsCount() {
        WeekPlan week = Plans.week()
                .strength(MONDAY, "Morning")
                .main(BAND_ROW, Dose.reps(1, 10))
                .session(MONDAY, SessionKind.STRENGTH, "Evening")
                .main(SQUAT, Dose.reps(3, 5))
                .strength(THURSDAY, "Pull")
                .main(BAND_ROW, Dose.reps(2, 10))
                .build();
        // Monday: 1 set + 2 × 0.5 (suitcase row) = 2
        WeekPlan withHalves = withExtra(week, "s2", SUITCASE_ROW, 2);
        assertThat(scapular(week)).hasSize(1);
        assertThat(scapular(withHalves)).isEmpty();
    }

    @Test
    void warmUpActivationDrillsDoNotMakeAStrengthDay() {
        WeekPlan week = Plans.week()
                .strength(MONDAY, "Push")
                .warmUp(BAND_PULL_APART, Dose.reps(3, 15))
                .main(BENCH_PRESS, Dose.reps(3, 5))
                .build();
        assertThat(evaluate(week, GENERAL).metrics().scapularStrengthDays()).isZero();
    }

    @Test
    void suggestionsGoOnNonConsecutiveDaysAndClearTheWarning() {
        WeekPlan week = Plans.week()
                .strength(MONDAY, "Pull")
                .main(BAND_ROW, Dose.reps(3, 10))
                .strength(TUESDAY, "Legs")
                .main(SQUAT, Dose.reps(3, 5))
                .strength(WEDNESDAY, "Push")
                .main(BENCH_PRESS, Dose.reps(3, 5))
                .build();
        Finding f = scapular(week).getFirst();
        List<Suggestion> rows = f.suggestions().stream()
                .filter(s -> !(s instanceof Suggestion.AddPrescription a && a.block() == BlockType.WARM_UP))
                .toList();
        // Monday already counts; Tuesday touches it; Wednesday has a strength session and is free
        assertThat(rows).singleElement().isInstanceOfSatisfying(Suggestion.AddPrescription.class, a -> {
            assertThat(a.sessionId()).isEqualTo("s3");
            assertThat(a.prescription().exercise().slug()).isEqualTo(BAND_ROW);
            assertThat(a.prescription().dose()).isEqualTo(Dose.reps(3, 10));
        });
        assertThat(scapular(SuggestionApplier.applyAll(week, f))).isEmpty();
    }

    @Test
    void emptyDaysGetAShortSessionWithAWarmUp() {
        WeekPlan week = WeekPlan.empty(Plans.WEEK);
        Finding f = scapular(week).getFirst();
        assertThat(f.suggestions())
                .hasSize(2)
                .allSatisfy(s -> assertThat(s)
                        .isInstanceOfSatisfying(
                                Suggestion.AddSession.class,
                                add -> assertThat(add.session()
                                                .prescriptions()
                                                .map(p -> p.exercise().slug()))
                                        .containsExactly(THORACIC_ROTATION, BAND_ROW)));
        List<LocalDate> days = f.suggestions().stream()
                .map(s -> ((Suggestion.AddSession) s).date())
                .toList();
        assertThat(days.get(1)).isAfter(days.get(0).plusDays(1));
        WeekPlan applied = SuggestionApplier.applyAll(week, f);
        assertThat(scapular(applied)).isEmpty();
        assertThat(findings(applied, GENERAL, RuleId.THORACIC_WARM_UP))
                .noneMatch(x -> x.severity() == Severity.WARNING);
    }

    @Test
    void withoutABandItIsScapularSqueezes() {
        LifterProfile noBand = LifterProfile.general(Set.of());
        Finding f = findings(WeekPlan.empty(Plans.WEEK), noBand, RuleId.SCAPULAR_STRENGTH_FREQUENCY)
                .getFirst();
        assertThat(((Suggestion.AddSession) f.suggestions().getFirst())
                        .session()
                        .prescriptions())
                .anySatisfy(p -> {
                    assertThat(p.exercise().slug()).isEqualTo(SCAPULAR_SQUEEZE);
                    assertThat(p.dose()).isEqualTo(Dose.reps(3, 10, 15));
                });
    }

    @Test
    void aTargetOfFiveDaysCannotAvoidNeighboursButIsStillMet() {
        Targets five = GENERAL_TARGETS.withScapularStrengthDays(5);
        WeekPlan week = WeekPlan.empty(Plans.WEEK);
        WeekPlan applied = applyRule(week, GENERAL, five, RuleId.SCAPULAR_STRENGTH_FREQUENCY);
        assertThat(findings(applied, GENERAL, five, RuleId.SCAPULAR_STRENGTH_FREQUENCY))
                .isEmpty();
        assertThat(EVALUATOR.evaluate(applied, GENERAL, five).metrics().scapularStrengthDays())
                .isEqualTo(5);
    }
}
