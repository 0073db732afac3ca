package org.upright.planner.balance;

import static java.time.DayOfWeek.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.upright.planner.balance.RuleTesting.*;
import static org.upright.planner.exercise.CatalogSlugs.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upright.planner.exercise.Dose;

class VolumeJumpRuleTest {

    private static WeekPlan weekWithSets(java.time.LocalDate start, int sets) {
        Plans.WeekBuilder week = Plans.week(start);
        Plans.SessionBuilder s = week.strength(MONDAY, "Squat day");
        int left = sets;
        while (left > 0) {
            int n = Math.min(left, 10);
            s.main(SQUAT, Dose.reps(n, 5));
            left -= n;
        }
        s.warmUp(SQUAT, Dose.reps(5, 5)); // warm-up sets never count
        return week.build();
    }

    private static List<Finding> jump(int before, int now, Targets targets) {
        WeekPlan previous = weekWithSets(Plans.WEEK.minusWeeks(1), before);
        WeekPlan week = weekWithSets(Plans.WEEK, now);
        return EVALUATOR.evaluate(week, previous, GENERAL, targets).findingsOf(RuleId.VOLUME_JUMP);
    }

    @ParameterizedTest(name = "{0} → {1} sets: finding = {2}")
    @CsvSource({
        "20, 25, false", // exactly +25 %
        "20, 26, true", // just above
        "20, 10, false", // a drop is never a jump
        "20, 20, false",
        "0, 30, false", // no baseline
        "4, 5, false",
        "4, 6, true"
    })
    void aRiseOfMoreThanAQuarterIsAWarning(int before, int now, boolean expected) {
        List<Finding> found = jump(before, now, GENERAL_TARGETS);
        if (expected) {
            assertThat(found).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
        } else {
            assertThat(found).isEmpty();
        }
    }

    @Test
    void onlyStrengthSetsCountNotMobilityOrRecoveryDrills() {
        // §3.6: 20 squat sets both weeks, plus a 15-minute stretching session this week
        WeekPlan previous = weekWithSets(Plans.WEEK.minusWeeks(1), 20);
        Plans.WeekBuilder week = Plans.week(Plans.WEEK);
        week.strength(MONDAY, "Squat day").main(SQUAT, Dose.reps(10, 5)).main(SQUAT, Dose.reps(10, 5));
        week.session(WEDNESDAY, SessionKind.MOBILITY, "Stretch")
                .main(DOORWAY_PEC_STRETCH, Dose.hold(3, 30, 30, true))
                .main(CHILDS_POSE_WITH_REACH, Dose.hold(3, 30, 30, true))
                .main(THORACIC_ROTATION, Dose.repsPerSide(3, 10, 10))
                .main(CAT_COW, Dose.rounds(3, 8, 12));
        BalanceReport report = EVALUATOR.evaluate(week.build(), previous, GENERAL, GENERAL_TARGETS);

        assertThat(report.metrics().totalWorkingSets())
                .as("working sets rise by 60 %")
                .isEqualTo(32);
        assertThat(report.findingsOf(RuleId.VOLUME_JUMP))
                .as("but strength sets do not")
                .isEmpty();
    }

    @Test
    void noPreviousWeekNoFinding() {
        assertThat(findings(weekWithSets(Plans.WEEK, 60), GENERAL, RuleId.VOLUME_JUMP))
                .isEmpty();
    }

    @Test
    void theLimitCanBeChanged() {
        assertThat(jump(20, 23, GENERAL_TARGETS.withVolumeJumpLimit(0.10))).hasSize(1);
        assertThat(jump(20, 22, GENERAL_TARGETS.withVolumeJumpLimit(0.10))).isEmpty();
    }

    @Test
    void noEditIsSuggestedButTheMessageNamesASaferNumberAndTheSessions() {
        Finding f = jump(20, 40, GENERAL_TARGETS).getFirst();
        assertThat(f.suggestions()).isEmpty();
        assertThat(RuleTesting.english(f.message()))
                .contains("from 20")
                .contains("to 40")
                .contains("+100 %")
                .contains("up to 25 sets");
        assertThat(f.sessionIds()).containsExactly("s1");
    }

    @Test
    void thePreviousWeekMustBeTheWeekBefore() {
        WeekPlan twoWeeksAgo = weekWithSets(Plans.WEEK.minusWeeks(2), 10);
        assertThatThrownBy(
                        () -> EVALUATOR.evaluate(weekWithSets(Plans.WEEK, 10), twoWeeksAgo, GENERAL, GENERAL_TARGETS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("previous week must start on 2025-08-25");
    }
}
