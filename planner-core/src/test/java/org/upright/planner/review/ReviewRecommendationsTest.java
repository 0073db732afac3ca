package org.upright.planner.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.planner.review.RecommendationKind.*;
import static org.upright.planner.review.ReviewWeeks.*;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.upright.planner.balance.BalanceEvaluator;
import org.upright.planner.balance.BalanceReport;
import org.upright.planner.balance.RuleId;
import org.upright.planner.balance.SuggestionApplier;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.common.Text;
import org.upright.planner.common.Texts;
import org.upright.planner.safety.ProfessionalClearance;
import org.upright.planner.safety.RedFlag;
import org.upright.planner.safety.RedFlagCheck;

class ReviewRecommendationsTest {

    private static List<RecommendationKind> kinds(ReviewReport report) {
        return report.recommendations().stream().map(Recommendation::kind).toList();
    }

    /** Four balanced weeks with {@code done} of 4 sessions each week and the given weekly pain (one reading). */
    private static ReviewReport steady(int done, int... weeklyPain) {
        return review(List.of(
                week(0, true, done, weeklyPain[0]),
                week(1, true, done, weeklyPain[1]),
                week(2, true, done, weeklyPain[2]),
                week(3, true, done, weeklyPain[3])));
    }

    @Test
    void theTimeFrameReminderIsAlwaysThereAndLast() {
        ReviewReport report = steady(4, 5, 5, 4, 3);
        assertThat(kinds(report)).last().isEqualTo(TIME_FRAME);
        assertThat(english(report.recommendations().getLast().message()))
                .contains("two weeks")
                .contains("four to eight weeks");
    }

    @ParameterizedTest(name = "{0} of 16 sessions → consistency first: {1}")
    @CsvSource({"7, true", "8, false", "12, false"})
    void consistencyFirstBelowHalf(int doneInPeriod, boolean expected) {
        // spread the done sessions over four weeks of four
        int[] perWeek = new int[4];
        for (int i = 0; i < doneInPeriod; i++) {
            perWeek[i % 4]++;
        }
        ReviewReport report = review(List.of(
                week(0, true, perWeek[0], 6),
                week(1, true, perWeek[1], 5),
                week(2, true, perWeek[2], 4),
                week(3, true, perWeek[3], 3)));
        assertThat(kinds(report).contains(CONSISTENCY_FIRST)).isEqualTo(expected);
        if (expected) {
            assertThat(kinds(report)).doesNotContain(PROGRESS_STRENGTHENING, PROGRESSION_ON_HOLD);
            assertThat(english(report.recommendations().getFirst().message()))
                    .contains("44%")
                    .contains("two small daily habits");
        }
    }

    @Test
    void painDownTwoPointsWithThreeQuartersDoneMeansProgress() {
        ReviewReport report = steady(3, 6, 5, 5, 4);
        assertThat(report.adherence()).hasValue(0.75);
        assertThat(kinds(report)).containsExactly(PROGRESS_STRENGTHENING, TIME_FRAME);
        assertThat(english(report.recommendations().getFirst().message()))
                .contains("from 6.0 to 4.0")
                .contains("one more set of rows")
                .contains("mobility");
    }

    @Test
    void painDownThirtyPercentAlsoCounts() {
        // 3 → 2 is one point but a third
        assertThat(kinds(steady(4, 3, 3, 2, 2))).contains(PROGRESS_STRENGTHENING);
        // 6 → 5 is neither
        assertThat(kinds(steady(4, 6, 6, 5, 5))).doesNotContain(PROGRESS_STRENGTHENING);
    }

    @ParameterizedTest(name = "{0} of 24 sessions done, pain 6 → 4: progress = {1}")
    @CsvSource({"17, false", "18, true"})
    void progressNeedsThreeQuartersDone(int done, boolean expected) {
        // six weeks of four sessions: 17/24 = 71 %, 18/24 = 75 %
        int[] perWeek = new int[6];
        for (int i = 0; i < done; i++) {
            perWeek[i % 6]++;
        }
        int[] pain = {6, 5, 5, 4, 4, 4};
        List<WeekRecord> weeks = new java.util.ArrayList<>();
        for (int n = 0; n < 6; n++) {
            weeks.add(week(n, true, perWeek[n], pain[n]));
        }
        ReviewReport report = review(weeks);
        assertThat(kinds(report).contains(PROGRESS_STRENGTHENING)).isEqualTo(expected);
        assertThat(kinds(report)).doesNotContain(CONSISTENCY_FIRST, PROGRESSION_ON_HOLD);
    }

    @Test
    void aPainFreeLifterWhoTrainsSteadilyMayProgress() {
        assertThat(kinds(steady(4, 0, 0, 0, 0))).contains(PROGRESS_STRENGTHENING);
    }

    @Test
    void noProgressionWhilePainRisesWeekOnWeek() {
        // 7 → 3 overall, but up from 3 to 4 in the last week
        ReviewReport report =
                review(List.of(week(0, true, 4, 7), week(1, true, 4, 5), week(2, true, 4, 3), week(3, true, 4, 4)));
        assertThat(kinds(report)).doesNotContain(PROGRESS_STRENGTHENING).contains(PROGRESSION_ON_HOLD);
        assertThat(report.recommendations())
                .filteredOn(r -> r.kind() == PROGRESSION_ON_HOLD)
                .singleElement()
                .satisfies(r -> assertThat(english(r.message())).contains("higher this week"));
    }

    @Test
    void noProgressionAndAPausedPlanWhileARedFlagIsOpen() {
        ReviewReport report = CALCULATOR.review(new ReviewInput(
                List.of(week(0, true, 4, 6), week(1, true, 4, 5), week(2, true, 4, 4), week(3, true, 4, 3)),
                LIFTER,
                TARGETS,
                List.of(RedFlagCheck.on(week(3), RedFlag.PAIN_WORSE_AT_NIGHT)),
                List.of()));
        assertThat(report.safety().planPaused()).isTrue();
        assertThat(kinds(report)).startsWith(PLAN_PAUSED).doesNotContain(PROGRESS_STRENGTHENING);
    }

    @Test
    void aFlagRaisedBeforeThePeriodAndClearedIsNoLongerOpen() {
        ReviewReport report = CALCULATOR.review(new ReviewInput(
                List.of(week(0, true, 4, 6), week(1, true, 4, 5), week(2, true, 4, 4), week(3, true, 4, 3)),
                LIFTER,
                TARGETS,
                List.of(RedFlagCheck.on(week(-3), RedFlag.FEVER)),
                List.of(new ProfessionalClearance(week(-2), "GP: all clear"))));
        assertThat(report.safety().planPaused()).isFalse();
        assertThat(kinds(report)).contains(PROGRESS_STRENGTHENING);
    }

    @Test
    void painNotImprovingMeansKeepThePlanAndSeeAPhysicalTherapist() {
        ReviewReport report = steady(4, 5, 5, 5, 5);
        assertThat(kinds(report)).containsExactly(SEE_PHYSICAL_THERAPIST, TIME_FRAME);
        assertThat(english(report.recommendations().getFirst().message())).contains("physical therapist");
    }

    @Test
    void pushPullShortInTwoWeeksMeansRebalanceWithTheSuggestions() {
        ReviewReport report =
                review(List.of(week(0, true, 4, 5), week(1, true, 4, 5), week(2, false, 4, 4), week(3, false, 4, 4)));
        Recommendation rebalance = report.recommendations().stream()
                .filter(r -> r.kind() == REBALANCE)
                .findFirst()
                .orElseThrow();
        assertThat(english(rebalance.message())).contains("2 of the 4 weeks");
        // The edits offered are the coordinated fixes for the latest week (more pulling, or press
        // sets swapped and trimmed): applied, they leave that week without a push:pull finding.
        assertThat(rebalance.suggestions()).isNotEmpty();
        WeekPlan fixed = SuggestionApplier.applyAll(plan(3, false), rebalance.suggestions());
        BalanceReport after = new BalanceEvaluator(CATALOGUE).evaluate(fixed, plan(2, false), LIFTER, TARGETS);
        assertThat(after.has(RuleId.PUSH_PULL_RATIO)).isFalse();
    }

    @Test
    void pushPullShortInOneWeekIsNoPattern() {
        ReviewReport report =
                review(List.of(week(0, true, 4, 5), week(1, true, 4, 5), week(2, true, 4, 4), week(3, false, 4, 4)));
        assertThat(kinds(report)).doesNotContain(REBALANCE);
    }

    @Test
    void rebalanceEarlierButBalancedNowHasNoEditsToOffer() {
        ReviewReport report =
                review(List.of(week(0, false, 4, 5), week(1, false, 4, 5), week(2, true, 4, 4), week(3, true, 4, 4)));
        Recommendation rebalance = report.recommendations().stream()
                .filter(r -> r.kind() == REBALANCE)
                .findFirst()
                .orElseThrow();
        assertThat(rebalance.suggestions()).isEmpty();
        assertThat(english(rebalance.message())).contains("back on target");
    }

    /** The advice is a Text; these tests read it as an English reader would. */
    private static String english(Text text) {
        return Texts.render(text, Locale.ENGLISH);
    }
}
