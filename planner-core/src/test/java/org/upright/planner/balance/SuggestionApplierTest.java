package org.upright.planner.balance;

import static java.time.DayOfWeek.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.upright.planner.exercise.CatalogSlugs.*;

import org.junit.jupiter.api.Test;
import org.upright.planner.exercise.Dose;

class SuggestionApplierTest {

    private final WeekPlan week = Plans.week()
            .strength(MONDAY, "Push")
            .warmUp(SHOULDER_CIRCLES, Dose.minutes(1, 1))
            .main(BENCH_PRESS, Dose.reps(3, 5))
            .main(OVERHEAD_PRESS, Dose.reps(3, 5))
            .build();

    private static Prescription row(String id) {
        return Prescription.of(id, FixtureExercises.INSTANCE.require(BAND_ROW), Dose.reps(3, 10));
    }

    @Test
    void insertsAtThePositionGivenAndLeavesTheOriginalAlone() {
        WeekPlan after = SuggestionApplier.apply(
                week, new Suggestion.AddPrescription("s1", BlockType.MAIN, 1, row("new"), null));
        assertThat(after.session("s1")
                        .orElseThrow()
                        .block(BlockType.MAIN)
                        .orElseThrow()
                        .prescriptions())
                .extracting(Prescription::id)
                .containsExactly("p2", "new", "p3");
        assertThat(week.usesId("new")).isFalse();
    }

    @Test
    void aPositionPastTheEndAppendsAndAMissingBlockIsCreated() {
        WeekPlan after = SuggestionApplier.apply(
                week,
                new Suggestion.AddPrescription(
                        "s1", BlockType.ACCESSORY, Suggestion.AddPrescription.AT_END, row("new"), null));
        assertThat(after.session("s1").orElseThrow().blocks())
                .extracting(Block::type)
                .containsExactly(BlockType.WARM_UP, BlockType.MAIN, BlockType.ACCESSORY);
    }

    @Test
    void applyingTheSameSuggestionTwiceChangesNothingTheSecondTime() {
        Suggestion s = new Suggestion.AddPrescription("s1", BlockType.MAIN, 0, row("new"), null);
        WeekPlan once = SuggestionApplier.apply(week, s);
        assertThat(SuggestionApplier.apply(once, s)).isEqualTo(once);
        Session extra = Session.of("evening", SessionKind.RECOVERY, "Evening");
        Suggestion addSession = new Suggestion.AddSession(Plans.day(TUESDAY), extra, null);
        WeekPlan withSession = SuggestionApplier.apply(week, addSession);
        assertThat(SuggestionApplier.apply(withSession, addSession)).isEqualTo(withSession);
        assertThat(withSession.day(Plans.day(TUESDAY)).orElseThrow().sessions()).containsExactly(extra);
    }

    @Test
    void aNewSessionGoesAfterTheDaysOtherSessions() {
        Session extra = Session.of("evening", SessionKind.RECOVERY, "Evening");
        WeekPlan after = SuggestionApplier.apply(week, new Suggestion.AddSession(Plans.day(MONDAY), extra, null));
        assertThat(after.day(Plans.day(MONDAY)).orElseThrow().sessions())
                .extracting(Session::id)
                .containsExactly("s1", "evening");
    }

    @Test
    void anUnknownSessionOrADayOutsideTheWeekIsRefused() {
        assertThatThrownBy(() -> SuggestionApplier.apply(
                        week, new Suggestion.AddPrescription("nope", BlockType.MAIN, 0, row("new"), null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no session with id nope");
        assertThatThrownBy(() -> SuggestionApplier.apply(
                        week,
                        new Suggestion.AddSession(
                                Plans.WEEK.plusDays(9), Session.of("x", SessionKind.RECOVERY, "Rest"), null)))
                .hasMessageContaining("not in the week");
    }

    @Test
    void negativePositionsAreRefused() {
        assertThatThrownBy(() -> new Suggestion.AddPrescription("s1", BlockType.MAIN, -1, row("new"), null))
                .hasMessageContaining("position must not be negative");
    }

    @Test
    void applyAllFollowsReportOrderAndSuggestedIdsDoNotClash() {
        BalanceReport report = RuleTesting.evaluate(week, RuleTesting.CARE);
        WeekPlan after = SuggestionApplier.applyAll(week, report);
        // every rule that offers edits is now satisfied
        BalanceReport again = RuleTesting.evaluate(after, RuleTesting.CARE);
        assertThat(again.findings())
                .extracting(Finding::rule)
                .doesNotContain(
                        RuleId.PUSH_PULL_RATIO,
                        RuleId.MOBILITY_FREQUENCY,
                        RuleId.SCAPULAR_STRENGTH_FREQUENCY,
                        RuleId.ROUTINE_FREQUENCY,
                        RuleId.BREATHING_PRACTICE);
        assertThat(again.score()).isGreaterThan(report.score());
    }
}
