package org.upright.planner.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.upright.planner.review.ReviewWeeks.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.upright.planner.balance.RuleId;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.safety.Disclaimer;
import org.upright.planner.safety.SafetyStatus;

class ReviewCalculatorTest {

    @Test
    void adherenceIsCompletedPlannedSessionsOverPlannedSessions() {
        WeekRecord three = week(0, true, 3, 4, 3);
        WeekRecord withExtra = new WeekRecord(
                plan(1, true),
                List.of(
                        SessionLog.Done.on(week(1), "mon"),
                        new SessionLog.Skipped("tue", week(1).plusDays(1), "sick"),
                        new SessionLog.Unplanned(week(1).plusDays(5), SessionKind.CONDITIONING, "Hike"),
                        new SessionLog.Unplanned(week(1).plusDays(6), SessionKind.CONDITIONING, "Swim")),
                List.of(),
                List.of());
        ReviewReport report = review(List.of(three, withExtra, week(2, true, 4), week(3, true, 0)));

        assertThat(report.weeks()).extracting(WeekReview::plannedSessions).containsOnly(4);
        assertThat(report.weeks()).extracting(WeekReview::completedSessions).containsExactly(3, 1, 4, 0);
        assertThat(report.weeks().get(1).unplannedSessions()).isEqualTo(2);
        // unplanned sessions never make up for skipped ones
        assertThat(report.weeks().get(1).adherence()).hasValue(0.25);
        assertThat(report.weeks().get(0).adherencePercent()).hasValue(75);
        assertThat(report.weeks().get(3).adherence()).hasValue(0.0);
        // (3 + 1 + 4 + 0) / 16
        assertThat(report.adherence()).hasValue(0.5);
    }

    @Test
    void aWeekWithNothingPlannedHasNoAdherence() {
        List<WeekRecord> weeks = new ArrayList<>();
        weeks.add(WeekRecord.planOnly(org.upright.planner.balance.WeekPlan.empty(week(0))));
        for (int n = 1; n < 4; n++) {
            weeks.add(week(n, true, 4));
        }
        ReviewReport report = review(weeks);
        assertThat(report.weeks().getFirst().adherence()).isEmpty();
        assertThat(report.weeks().getFirst().adherencePercent()).isEmpty();
        assertThat(report.adherence()).hasValue(1.0);
        assertThat(report.trends().adherence().delta()).isEmpty();
    }

    @Test
    void weeklyMetricsComeFromTheBalanceRules() {
        ReviewReport report = review(List.of(week(0, false, 4), week(1, false, 4), week(2, true, 4), week(3, true, 4)));
        WeekReview first = report.weeks().getFirst();
        assertThat(first.pushSets()).isEqualTo(8.0);
        assertThat(first.pullSets()).isEqualTo(4.0);
        assertThat(first.pushPullRatio()).hasValue(0.5);
        assertThat(first.horizontalRatio()).hasValue(0.5);
        assertThat(first.mobilitySessions()).isEqualTo(2);
        assertThat(first.routineDays()).isEqualTo(2);
        assertThat(first.thoracicWarmUpCompliance()).hasValue(1.0);
        assertThat(first.openFindings()).extracting(f -> f.rule()).contains(RuleId.PUSH_PULL_RATIO);
        WeekReview last = report.weeks().getLast();
        assertThat(last.pushPullRatio()).hasValue(1.5);
        assertThat(last.openFindings()).extracting(f -> f.rule()).doesNotContain(RuleId.PUSH_PULL_RATIO);
        assertThat(last.balanceScore()).isGreaterThan(first.balanceScore());
        assertThat(report.trends().pushPullRatio().delta().getAsDouble()).isEqualTo(1.0);
        assertThat(report.trends().balanceScore().delta().getAsDouble()).isPositive();
    }

    @Test
    void painIsAveragedBeforeAndAfterSeparately() {
        // before: 6, 4 → 5; after: 3, 2 → 2.5
        ReviewReport report = review(
                List.of(week(0, true, 4, 6, 3, 4, 2), week(1, true, 4), week(2, true, 4), week(3, true, 4, 2, 1)));
        WeekReview first = report.weeks().getFirst();
        assertThat(first.meanPainBefore()).hasValue(5.0);
        assertThat(first.meanPainAfter()).hasValue(2.5);
        assertThat(report.weeks().get(1).meanPainBefore()).isEmpty();
        assertThat(report.trends().meanPainBefore().first()).hasValue(5.0);
        assertThat(report.trends().meanPainBefore().last()).hasValue(2.0);
        assertThat(report.trends().meanPain().delta().getAsDouble()).isCloseTo(1.5 - 3.75, within(1e-9));
    }

    @Test
    void habitTicksAreCounted() {
        WeekRecord ticked = new WeekRecord(
                plan(0, true),
                List.of(),
                List.of(),
                List.of(
                        new HabitTick(week(0), "Movement break"),
                        new HabitTick(week(0), "Breathing before bed"),
                        new HabitTick(week(0).plusDays(1), "Movement break")));
        ReviewReport report = review(List.of(ticked, week(1, true, 4), week(2, true, 4), week(3, true, 4)));
        assertThat(report.weeks().getFirst().habitTicks()).isEqualTo(3);
        assertThat(report.trends().habitTicks().delta()).hasValue(-3.0);
    }

    @Test
    void noLogsAtAllMeansNoAdherenceAndConsistencyFirst() {
        List<WeekRecord> weeks = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            weeks.add(WeekRecord.planOnly(plan(n, true)));
        }
        ReviewReport report = review(weeks);
        assertThat(report.adherence()).hasValue(0.0);
        assertThat(report.weeks())
                .allSatisfy(w -> assertThat(w.completedSessions()).isZero());
        assertThat(report.trends().meanPain().first()).isEmpty();
        assertThat(report.safety().status()).isEqualTo(SafetyStatus.CLEAR);
        assertThat(report.recommendations())
                .extracting(Recommendation::kind)
                .containsExactly(RecommendationKind.CONSISTENCY_FIRST, RecommendationKind.TIME_FRAME);
    }

    @Test
    void aSingleWeekOfDataIsEnoughForAReportButNotForAVerdictOnPain() {
        List<WeekRecord> weeks = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            weeks.add(WeekRecord.planOnly(plan(n, true)));
        }
        weeks.add(week(3, true, 4, 5, 4));
        ReviewReport report = review(weeks);
        assertThat(report.weeks().getLast().meanPainBefore()).hasValue(5.0);
        assertThat(report.trends().meanPain().first()).hasValue(4.5);
        assertThat(report.trends().meanPain().delta()).hasValue(0.0);
        assertThat(report.adherence()).hasValue(0.25);
        assertThat(report.recommendations())
                .extracting(Recommendation::kind)
                .doesNotContain(RecommendationKind.PROGRESS_STRENGTHENING, RecommendationKind.SEE_PHYSICAL_THERAPIST);
    }

    @Test
    void everyReportCarriesTheDisclaimer() {
        ReviewReport report = review(List.of(week(0, true, 4), week(1, true, 4), week(2, true, 4), week(3, true, 4)));
        assertThat(report.disclaimer()).isEqualTo(Disclaimer.TEXT);
    }

    @Test
    void theVolumeRuleComparesEachWeekWithTheOneBefore() {
        // week 1 doubles the rows of week 0 on top of everything else: 12 → 20 working sets (+67 %)
        ReviewReport report = review(List.of(week(0, false, 4), week(1, true, 4), week(2, true, 4), week(3, true, 4)));
        assertThat(report.weeks().get(0).openFindings())
                .extracting(f -> f.rule())
                .doesNotContain(RuleId.VOLUME_JUMP);
        assertThat(report.weeks().get(1).openFindings())
                .extracting(f -> f.rule())
                .contains(RuleId.VOLUME_JUMP);
        assertThat(report.weeks().get(2).openFindings())
                .extracting(f -> f.rule())
                .doesNotContain(RuleId.VOLUME_JUMP);
    }
}
