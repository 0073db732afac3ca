package org.upright.planner.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.account.ProfileService;
import org.upright.planner.account.TrainingProfile;
import org.upright.planner.balance.Finding;
import org.upright.planner.balance.RuleId;
import org.upright.planner.exercise.Equipment;
import org.upright.planner.plan.BuiltInTemplates;
import org.upright.planner.plan.ExistingSessions;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.Weeks;

/**
 * Each week of a review is judged against the targets in force that week (domain §6), on
 * PostgreSQL: a coach who raises a client's targets today does not re-score the weeks before.
 */
@DatabaseTest
class TargetsPerWeekTest {

    static final LocalDate LAST_COMPLETE = ReviewPeriod.lastCompleteWeek(LocalDate.now());

    @Autowired
    ReviewService reviews;

    @Autowired
    WeekPlanService plans;

    @Autowired
    ProfileService profiles;

    @Autowired
    People people;

    AccountSummary lifter;
    AccountSummary coach;

    @BeforeEach
    void fourBalancedWeeks() {
        lifter = people.lifter("Tess Targets");
        coach = people.coach("Colm Coach");
        people.coaches(coach, lifter, false);
        for (int back = 0; back < 4; back++) {
            LocalDate monday = LAST_COMPLETE.minusWeeks(back);
            people.as(
                    lifter,
                    () -> plans.applyTemplate(
                            lifter.id(),
                            monday,
                            PlannedWeek.NOT_SAVED,
                            BuiltInTemplates.BALANCED_THREE_DAY,
                            ExistingSessions.KEEP));
        }
    }

    @Test
    void raisingTheTargetsTodayLeavesThePastWeeksScoresAndFindingsAsTheyWere() {
        LifterReview before = people.as(coach, () -> reviews.review(lifter.id(), LAST_COMPLETE, 4));
        assertThat(before.report().weeks())
                .allSatisfy(w -> assertThat(rules(w)).doesNotContain(RuleId.PUSH_PULL_RATIO));

        TrainingProfile read = people.as(coach, () -> profiles.profileOf(lifter.id()));
        people.as(
                coach,
                () -> profiles.update(
                        lifter.id(),
                        new TrainingProfile(
                                read.upperBackCare(),
                                Set.of(Equipment.RESISTANCE_BAND, Equipment.DUMBBELL),
                                TrainingProfile.MAX_PUSH_PULL_TARGET,
                                6,
                                read.version())));

        LifterReview after = people.as(coach, () -> reviews.review(lifter.id(), LAST_COMPLETE, 4));
        assertThat(after.report().weeks())
                .extracting(WeekReview::balanceScore)
                .as("past weeks keep the score they had under their own targets")
                .isEqualTo(before.report().weeks().stream()
                        .map(WeekReview::balanceScore)
                        .toList());
        assertThat(after.report().weeks().stream()
                        .map(TargetsPerWeekTest::rules)
                        .toList())
                .isEqualTo(before.report().weeks().stream()
                        .map(TargetsPerWeekTest::rules)
                        .toList());

        PlannedWeek thisWeek = people.as(coach, () -> plans.week(lifter.id(), Weeks.startOf(LocalDate.now())));
        assertThat(thisWeek.targets().pushPullRatio())
                .as("from this week on the new targets hold")
                .isEqualTo(TrainingProfile.MAX_PUSH_PULL_TARGET);
    }

    private static List<RuleId> rules(WeekReview week) {
        return week.openFindings().stream().map(Finding::rule).toList();
    }
}
