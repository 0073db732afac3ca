package org.upright.planner.balance;

import static java.time.DayOfWeek.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.planner.balance.RuleTesting.*;
import static org.upright.planner.exercise.CatalogSlugs.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.upright.planner.exercise.Dose;

class RoutineFrequencyRuleTest {

    /** A 10-minute routine: 2 × 5 min of breathing … and a line to tune its length. */
    private static Plans.WeekBuilder routinesOn(int minutes, DayOfWeek... days) {
        Plans.WeekBuilder week = Plans.week();
        for (DayOfWeek day : days) {
            week.session(day, SessionKind.BACK_CARE_ROUTINE, "Routine")
                    .main(DIAPHRAGMATIC_BREATHING, Dose.minutes(minutes, minutes));
        }
        return week;
    }

    private static List<Finding> routine(WeekPlan week) {
        return findings(week, CARE, RuleId.ROUTINE_FREQUENCY);
    }

    @Test
    void fourRoutineDaysAreEnough() {
        assertThat(routine(routinesOn(15, MONDAY, TUESDAY, THURSDAY, SATURDAY).build()))
                .isEmpty();
    }

    @Test
    void threeAreAWarning() {
        assertThat(routine(routinesOn(15, MONDAY, WEDNESDAY, FRIDAY).build()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(RuleTesting.english(f.message()))
                            .contains("3 days")
                            .contains("at least 4");
                });
    }

    @Test
    void onlyRoutinesOfTenToTwentyMinutesCount() {
        assertThat(evaluate(routinesOn(10, MONDAY).build(), CARE).metrics().routineDays())
                .isEqualTo(1);
        assertThat(evaluate(routinesOn(20, MONDAY).build(), CARE).metrics().routineDays())
                .isEqualTo(1);
        assertThat(evaluate(routinesOn(9, MONDAY).build(), CARE).metrics().routineDays())
                .isZero();
        assertThat(evaluate(routinesOn(21, MONDAY).build(), CARE).metrics().routineDays())
                .isZero();
    }

    @Test
    void twoRoutinesOnOneDayCountOnce() {
        Plans.WeekBuilder week = routinesOn(15, MONDAY);
        week.session(MONDAY, SessionKind.BACK_CARE_ROUTINE, "Again")
                .main(DIAPHRAGMATIC_BREATHING, Dose.minutes(15, 15));
        assertThat(evaluate(week.build(), CARE).metrics().routineDays()).isEqualTo(1);
    }

    @Test
    void liftersWithoutUpperBackCareAreNotAsked() {
        assertThat(findings(WeekPlan.empty(Plans.WEEK), GENERAL, RuleId.ROUTINE_FREQUENCY))
                .isEmpty();
    }

    @Test
    void theSuggestionIsTheSampleRoutineSpreadOverTheWeek() {
        Finding f = routine(WeekPlan.empty(Plans.WEEK)).getFirst();
        assertThat(f.suggestions()).hasSize(4);
        List<LocalDate> days = f.suggestions().stream()
                .map(s -> ((Suggestion.AddSession) s).date())
                .toList();
        assertThat(days).containsExactly(Plans.day(MONDAY), Plans.day(WEDNESDAY), Plans.day(FRIDAY), Plans.day(SUNDAY));
        Session routine = ((Suggestion.AddSession) f.suggestions().getFirst()).session();
        assertThat(routine.kind()).isEqualTo(SessionKind.BACK_CARE_ROUTINE);
        assertThat(routine.prescriptions().map(p -> p.exercise().slug()))
                .containsExactly(
                        SHOULDER_CIRCLES,
                        NECK_ROLLS,
                        THORACIC_ROTATION,
                        DOORWAY_PEC_STRETCH,
                        BAND_ROW,
                        PRONE_Y_RAISE,
                        FOAM_ROLLER,
                        DIAPHRAGMATIC_BREATHING);
        // 200 + 135 + 240 + 140 + 120 + 300 s
        assertThat(DurationEstimate.seconds(routine)).isEqualTo(1135);
        WeekPlan applied = applyRule(WeekPlan.empty(Plans.WEEK), CARE, CARE_TARGETS, RuleId.ROUTINE_FREQUENCY);
        assertThat(routine(applied)).isEmpty();
    }

    @Test
    void withoutBandOrRollerTheRoutineAdaptsAndStillFitsTheWindow() {
        LifterProfile bare = LifterProfile.withUpperBackCare(Set.of());
        Finding f = findings(WeekPlan.empty(Plans.WEEK), bare, RuleId.ROUTINE_FREQUENCY)
                .getFirst();
        Session routine = ((Suggestion.AddSession) f.suggestions().getFirst()).session();
        assertThat(routine.prescriptions().map(p -> p.exercise().slug()))
                .contains(SCAPULAR_SQUEEZE)
                .doesNotContain(BAND_ROW, FOAM_ROLLER);
        assertThat(DurationEstimate.seconds(routine)).isBetween(600L, 1200L);
        WeekPlan applied =
                applyRule(WeekPlan.empty(Plans.WEEK), bare, Targets.defaultsFor(bare), RuleId.ROUTINE_FREQUENCY);
        assertThat(findings(applied, bare, RuleId.ROUTINE_FREQUENCY)).isEmpty();
    }

    @Test
    void aCatalogueMissingMostDrillsOffersNoRoutineRatherThanAShortOne() {
        BalanceEvaluator sparse = new BalanceEvaluator(FixtureExercises.only(THORACIC_ROTATION, NECK_ROLLS));
        Finding f = sparse.evaluate(WeekPlan.empty(Plans.WEEK), CARE, CARE_TARGETS)
                .findingsOf(RuleId.ROUTINE_FREQUENCY)
                .getFirst();
        assertThat(f.suggestions()).isEmpty();
    }

    @Test
    void daysThatAlreadyCountAreSkipped() {
        WeekPlan week = routinesOn(15, MONDAY, TUESDAY).build();
        Finding f = routine(week).getFirst();
        assertThat(f.suggestions())
                .extracting(s -> ((Suggestion.AddSession) s).date())
                .hasSize(2)
                .doesNotContain(Plans.day(MONDAY), Plans.day(TUESDAY), Plans.day(WEDNESDAY));
    }
}
