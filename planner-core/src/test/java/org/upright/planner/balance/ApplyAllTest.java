package org.upright.planner.balance;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.upright.planner.exercise.BuiltInCatalog;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.exercise.Dose;

/**
 * "Apply all" on the pressing lifter's week of issue 12: bench 5×5 and overhead press 4×8 on
 * Monday; incline press 4×8, push-ups 3×15 and pulldowns 3×10 on Wednesday; bench 4×6 and barbell
 * rows 3×8 on Friday; no warm-ups, no mobility. Last week was the same week, so "no volume jump"
 * means no more than 25 % above its 26 working sets.
 */
class ApplyAllTest {

    private static final BalanceEvaluator EVALUATOR = new BalanceEvaluator(BuiltInCatalog.instance());
    private static final CoordinatedFixes FIXES = new CoordinatedFixes(EVALUATOR);
    private static final LifterProfile LIFTER = RuleTesting.GENERAL;
    private static final Targets TARGETS = Targets.defaultsFor(LIFTER);

    static WeekPlan pressingWeek(java.time.LocalDate monday) {
        return Plans.week(monday, BuiltInCatalog.instance())
                .strength(MONDAY, "Push")
                .main(CatalogSlugs.BENCH_PRESS, Dose.reps(5, 5))
                .main(CatalogSlugs.OVERHEAD_PRESS, Dose.reps(4, 8))
                .strength(WEDNESDAY, "Upper")
                .main(CatalogSlugs.INCLINE_PRESS, Dose.reps(4, 8))
                .main(CatalogSlugs.PUSH_UP, Dose.reps(3, 15))
                .main(CatalogSlugs.LAT_PULLDOWN, Dose.reps(3, 10))
                .strength(FRIDAY, "Bench and row")
                .main(CatalogSlugs.BENCH_PRESS, Dose.reps(4, 6))
                .main(CatalogSlugs.BARBELL_ROW, Dose.reps(3, 8))
                .build();
    }

    private static final WeekPlan WEEK = pressingWeek(Plans.WEEK);
    private static final WeekPlan LAST_WEEK = pressingWeek(Plans.WEEK.minusWeeks(1));

    /** What one click on "Apply all" does to {@code week}. */
    static WeekPlan applyAll(WeekPlan week, WeekPlan previous) {
        return applyAll(week, previous, LIFTER);
    }

    static WeekPlan applyAll(WeekPlan week, WeekPlan previous, LifterProfile lifter) {
        return FIXES.planAll(week, previous, lifter, Targets.defaultsFor(lifter))
                .after();
    }

    @Test
    void thePressingWeekStartsWith26WorkingSetsAndTheFindingsOfTheIssue() {
        BalanceReport report = EVALUATOR.evaluate(WEEK, LAST_WEEK, LIFTER, TARGETS);
        assertThat(report.metrics().totalWorkingSets()).isEqualTo(26);
        assertThat(report.has(RuleId.PUSH_PULL_RATIO)).isTrue();
        assertThat(report.has(RuleId.THORACIC_WARM_UP)).isTrue();
        assertThat(report.has(RuleId.MOBILITY_FREQUENCY)).isTrue();
        assertThat(report.has(RuleId.SCAPULAR_STRENGTH_FREQUENCY)).isTrue();
        assertThat(report.has(RuleId.VOLUME_JUMP)).isFalse();
    }

    @Test
    void oneClickClearsTheFindingsWithoutAVolumeJump() {
        WeekPlan fixed = applyAll(WEEK, LAST_WEEK);

        BalanceReport after = EVALUATOR.evaluate(fixed, LAST_WEEK, LIFTER, TARGETS);
        assertThat(after.findings())
                .extracting(Finding::rule)
                .doesNotContain(
                        RuleId.PUSH_PULL_RATIO,
                        RuleId.THORACIC_WARM_UP,
                        RuleId.MOBILITY_FREQUENCY,
                        RuleId.SCAPULAR_STRENGTH_FREQUENCY,
                        RuleId.VOLUME_JUMP);
    }

    @Test
    void noSessionGetsMoreThanFourExtraSets() {
        WeekPlan fixed = applyAll(WEEK, LAST_WEEK);

        Map<String, Integer> before = WeekChecks.workingSetsBySession(WEEK);
        Map<String, Integer> after = WeekChecks.workingSetsBySession(fixed);
        before.forEach((session, sets) -> assertThat(after.get(session) - sets)
                .as("sets added to session %s (%d before)", session, sets)
                .isLessThanOrEqualTo(4));
    }

    @Test
    void noSessionGetsASecondLineOfAnExercise() {
        WeekPlan fixed = applyAll(WEEK, LAST_WEEK);

        assertThat(WeekChecks.duplicateLines(fixed)).isEmpty();
    }

    @Test
    void clickingAgainChangesNothing() {
        WeekPlan once = applyAll(WEEK, LAST_WEEK);
        WeekPlan twice = applyAll(once, LAST_WEEK);

        assertThat(WeekChecks.outline(twice)).isEqualTo(WeekChecks.outline(once));
    }

    @Test
    void aWeekWithNothingToFixIsLeftAlone() {
        WeekPlan fixed = applyAll(WEEK, LAST_WEEK);
        BalanceReport report = EVALUATOR.evaluate(fixed, LAST_WEEK, LIFTER, TARGETS);
        assertThat(report.suggestions())
                .as("suggestions left on the fixed week")
                .isEmpty();

        assertThat(applyAll(fixed, LAST_WEEK)).isEqualTo(fixed);
    }

    @Test
    void aWeekNearTheSessionLimitIsFixedWithoutBreakingIt() {
        // 27 sessions: one short of the week's limit, so two rules each adding a session would break
        // it (mobility and, with upper-back care, the routine)
        Plans.WeekBuilder crowded = Plans.week(Plans.WEEK, BuiltInCatalog.instance());
        List<java.time.DayOfWeek> days = new ArrayList<>(List.of(java.time.DayOfWeek.values()));
        for (int i = 0; i < 27; i++) {
            crowded.strength(days.get(i % 7), "Press " + (i + 1)).main(CatalogSlugs.BENCH_PRESS, Dose.reps(3, 8));
        }
        WeekPlan week = crowded.build();

        assertThatCode(() -> applyAll(week, null, RuleTesting.CARE)).doesNotThrowAnyException();
        WeekPlan fixed = applyAll(week, null, RuleTesting.CARE);
        assertThat(fixed.sessionCount()).isLessThanOrEqualTo(WeekPlan.MAX_SESSIONS_PER_WEEK);
    }
}
