package org.upright.planner.balance;

import static java.time.DayOfWeek.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.planner.balance.RuleTesting.*;
import static org.upright.planner.exercise.CatalogSlugs.*;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.upright.planner.exercise.Dose;

class BreathingPracticeRuleTest {

    private static Plans.WeekBuilder breathingOn(DayOfWeek... days) {
        Plans.WeekBuilder week = Plans.week();
        for (DayOfWeek day : days) {
            week.strength(day, "Lift")
                    .main(SQUAT, Dose.reps(3, 5))
                    .coolDown(DIAPHRAGMATIC_BREATHING, Dose.minutes(5, 5));
        }
        return week;
    }

    private static List<Finding> breathing(WeekPlan week) {
        return findings(week, CARE, RuleId.BREATHING_PRACTICE);
    }

    @Test
    void threeDaysAreEnoughAndTwoGiveANote() {
        assertThat(breathing(breathingOn(MONDAY, WEDNESDAY, FRIDAY).build())).isEmpty();
        assertThat(breathing(breathingOn(MONDAY, WEDNESDAY).build()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(RuleTesting.english(f.message())).contains("2 days");
                });
    }

    @Test
    void breathingInTheWarmUpCountsToo() {
        WeekPlan week = Plans.week()
                .strength(MONDAY, "A")
                .warmUp(DIAPHRAGMATIC_BREATHING, Dose.minutes(2, 2))
                .strength(TUESDAY, "B")
                .warmUp(DIAPHRAGMATIC_BREATHING, Dose.minutes(2, 2))
                .strength(WEDNESDAY, "C")
                .warmUp(DIAPHRAGMATIC_BREATHING, Dose.minutes(2, 2))
                .build();
        assertThat(evaluate(week, CARE).metrics().breathingDays()).isEqualTo(3);
        assertThat(breathing(week)).isEmpty();
    }

    @Test
    void onlyForUpperBackCare() {
        assertThat(findings(WeekPlan.empty(Plans.WEEK), GENERAL, RuleId.BREATHING_PRACTICE))
                .isEmpty();
    }

    @Test
    void theSuggestionAddsBreathingToCoolDownsOrASmallEveningSession() {
        WeekPlan week = Plans.week()
                .strength(MONDAY, "Lift")
                .main(SQUAT, Dose.reps(3, 5))
                .build();
        Finding f = breathing(week).getFirst();
        assertThat(f.suggestions()).hasSize(3);
        assertThat(f.suggestions().getFirst()).isInstanceOfSatisfying(Suggestion.AddPrescription.class, a -> {
            assertThat(a.sessionId()).isEqualTo("s1");
            assertThat(a.block()).isEqualTo(BlockType.COOL_DOWN);
            assertThat(a.prescription().dose()).isEqualTo(Dose.minutes(5, 5));
        });
        assertThat(f.suggestions().subList(1, 3))
                .allSatisfy(s -> assertThat(s)
                        .isInstanceOfSatisfying(
                                Suggestion.AddSession.class,
                                add -> assertThat(add.session().kind()).isEqualTo(SessionKind.RECOVERY)));
        WeekPlan applied = SuggestionApplier.applyAll(week, f);
        assertThat(breathing(applied)).isEmpty();
    }
}
