package org.upright.planner.balance;

import static java.time.DayOfWeek.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.planner.balance.RuleTesting.*;
import static org.upright.planner.exercise.CatalogSlugs.*;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.Equipment;

class MobilityFrequencyRuleTest {

    private static List<Finding> mobility(WeekPlan week) {
        return findings(week, GENERAL, RuleId.MOBILITY_FREQUENCY);
    }

    private static Plans.WeekBuilder withMobilityOn(DayOfWeek... days) {
        Plans.WeekBuilder week = Plans.week();
        for (DayOfWeek day : days) {
            week.session(day, SessionKind.MOBILITY, "Mobility").main(CAT_COW, Dose.rounds(1, 8, 12));
        }
        return week;
    }

    @Test
    void twoOrThreeOrMoreMobilityDaysAreFine() {
        assertThat(mobility(withMobilityOn(MONDAY, THURSDAY).build())).isEmpty();
        assertThat(mobility(withMobilityOn(MONDAY, WEDNESDAY, FRIDAY).build())).isEmpty();
        assertThat(mobility(withMobilityOn(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)
                        .build()))
                .isEmpty();
    }

    @Test
    void oneIsAWarningAndNoneAnAlert() {
        assertThat(mobility(withMobilityOn(MONDAY).build()))
                .singleElement()
                .extracting(Finding::severity)
                .isEqualTo(Severity.WARNING);
        assertThat(mobility(WeekPlan.empty(Plans.WEEK)))
                .singleElement()
                .extracting(Finding::severity)
                .isEqualTo(Severity.ALERT);
    }

    @Test
    void atMostOneMobilitySessionCountsPerDay() {
        Plans.WeekBuilder week = withMobilityOn(MONDAY);
        week.session(MONDAY, SessionKind.BACK_CARE_ROUTINE, "Evening routine").main(CAT_COW, Dose.rounds(1, 8, 12));
        BalanceReport report = evaluate(week.build(), GENERAL);
        assertThat(report.metrics().mobilitySessions()).isEqualTo(1);
        assertThat(report.findingsOf(RuleId.MOBILITY_FREQUENCY))
                .singleElement()
                .extracting(Finding::severity)
                .isEqualTo(Severity.WARNING);
    }

    @Test
    void aStrengthSessionWithTenMinutesOfMobilityOutsideTheWarmUpCounts() {
        // cool-down: breathing 5 min (300 s) + doorway stretch 3 × 60 s per side + 2 × 15 s rest (210 s)
        // + foam roller 2 min (120 s) = 630 s ≥ 10 min
        WeekPlan enough = Plans.week()
                .strength(MONDAY, "Push")
                .main(BENCH_PRESS, Dose.reps(3, 5))
                .coolDown(DIAPHRAGMATIC_BREATHING, Dose.minutes(5, 5))
                .coolDown(DOORWAY_PEC_STRETCH, Dose.hold(3, 60, 60, false))
                .coolDown(FOAM_ROLLER, Dose.minutes(1, 2))
                .build();
        assertThat(evaluate(enough, GENERAL).metrics().mobilitySessions()).isEqualTo(1);
    }

    @Test
    void justUnderTenMinutesDoesNotCount() {
        // 300 + 180 + 60 + 2 × 15 = 570 s
        WeekPlan tooLittle = Plans.week()
                .strength(MONDAY, "Push")
                .main(BENCH_PRESS, Dose.reps(3, 5))
                .coolDown(DIAPHRAGMATIC_BREATHING, Dose.minutes(5, 5))
                .coolDown(DOORWAY_PEC_STRETCH, Dose.hold(3, 60, 60, false))
                .coolDown(SHOULDER_CIRCLES, Dose.minutes(1, 1))
                .build();
        assertThat(evaluate(tooLittle, GENERAL).metrics().mobilitySessions()).isZero();
    }

    @Test
    void mobilityWorkInTheWarmUpDoesNotCountTowardTheTenMinutes() {
        WeekPlan warmUpOnly = Plans.week()
                .strength(MONDAY, "Push")
                .warmUp(DIAPHRAGMATIC_BREATHING, Dose.minutes(10, 10))
                .main(BENCH_PRESS, Dose.reps(3, 5))
                .build();
        assertThat(evaluate(warmUpOnly, GENERAL).metrics().mobilitySessions()).isZero();
    }

    @Test
    void heatPacksAreRecoveryButNotMobilityWork() {
        WeekPlan week = Plans.week()
                .session(MONDAY, SessionKind.RECOVERY, "Heat")
                .main(HEAT_PACK, Dose.minutes(15, 20))
                .build();
        assertThat(evaluate(week, LifterProfile.general(Set.of(Equipment.HEAT_COLD_PACK)))
                        .metrics()
                        .mobilitySessions())
                .isZero();
    }

    @Test
    void theSuggestionAddsAboutAQuarterHourOnTheLightestDays() {
        WeekPlan week = Plans.week()
                .strength(MONDAY, "Push")
                .main(BENCH_PRESS, Dose.reps(3, 5))
                .strength(TUESDAY, "Legs")
                .main(SQUAT, Dose.reps(3, 5))
                .strength(WEDNESDAY, "Pull")
                .main(BARBELL_ROW, Dose.reps(3, 5))
                .strength(THURSDAY, "Push")
                .main(BENCH_PRESS, Dose.reps(3, 5))
                .strength(FRIDAY, "Legs")
                .main(SQUAT, Dose.reps(3, 5))
                .strength(SATURDAY, "Long")
                .main(DEADLIFT, Dose.reps(5, 5))
                .build();
        Finding f = mobility(week).getFirst();
        assertThat(f.severity()).isEqualTo(Severity.ALERT);
        assertThat(f.suggestions())
                .hasSize(2)
                .allSatisfy(s -> assertThat(s).isInstanceOfSatisfying(Suggestion.AddSession.class, add -> {
                    assertThat(add.session().kind()).isEqualTo(SessionKind.MOBILITY);
                    assertThat(DurationEstimate.seconds(add.session())).isBetween(13 * 60L, 18 * 60L);
                    assertThat(add.session()
                                    .prescriptions()
                                    .map(p -> p.exercise().slug()))
                            .contains(
                                    THORACIC_ROTATION,
                                    CAT_COW,
                                    DOORWAY_PEC_STRETCH,
                                    CHILDS_POSE_WITH_REACH,
                                    FOAM_ROLLER,
                                    DIAPHRAGMATIC_BREATHING);
                }));
        // Sunday is empty; every other day has 3 sets (3 × 20 s + 2 × 60 s) except Saturday (5 sets)
        assertThat(f.suggestions())
                .extracting(s -> ((Suggestion.AddSession) s).date())
                .containsExactly(Plans.day(MONDAY), Plans.day(SUNDAY));
        WeekPlan applied = applyRule(week, GENERAL, GENERAL_TARGETS, RuleId.MOBILITY_FREQUENCY);
        assertThat(mobility(applied)).isEmpty();
    }

    @Test
    void withoutAFoamRollerTheBallStandsIn() {
        LifterProfile ballOnly = LifterProfile.general(Set.of(Equipment.BALL));
        Finding f = findings(WeekPlan.empty(Plans.WEEK), ballOnly, RuleId.MOBILITY_FREQUENCY)
                .getFirst();
        Suggestion.AddSession add = (Suggestion.AddSession) f.suggestions().getFirst();
        assertThat(add.session().prescriptions().map(p -> p.exercise().slug()))
                .contains(BALL_SELF_MASSAGE)
                .doesNotContain(FOAM_ROLLER);
    }

    @Test
    void aHigherMinimumIsHonoured() {
        Targets targets = GENERAL_TARGETS.withMobilitySessions(4, 5);
        WeekPlan three = withMobilityOn(MONDAY, WEDNESDAY, FRIDAY).build();
        List<Finding> found = findings(three, GENERAL, targets, RuleId.MOBILITY_FREQUENCY);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(RuleTesting.english(f.message())).contains("only 3 mobility sessions");
            assertThat(f.suggestions()).hasSize(1);
        });
        assertThat(findings(
                        applyRule(three, GENERAL, targets, RuleId.MOBILITY_FREQUENCY),
                        GENERAL,
                        targets,
                        RuleId.MOBILITY_FREQUENCY))
                .isEmpty();
    }
}
