package org.upright.planner.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.planner.DatabaseTest;
import org.upright.planner.People;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.balance.Session;
import org.upright.planner.journal.CheckInService;
import org.upright.planner.journal.LoggedSession;
import org.upright.planner.journal.PainEntry;
import org.upright.planner.journal.SessionLogService;
import org.upright.planner.plan.BuiltInTemplates;
import org.upright.planner.plan.ExistingSessions;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.plan.Weeks;
import org.upright.planner.safety.PainTiming;
import org.upright.planner.safety.RedFlag;
import org.upright.planner.safety.RedFlagCheckReason;
import org.upright.planner.safety.SafetyStatus;

/**
 * The review reads the journal: sessions logged done count towards adherence, pain check-ins make
 * the weekly pain, and a red flag ticked in a check-in pauses the plan and holds back progression.
 */
@DatabaseTest
class ReviewWithJournalTest {

    /** The current week: check-ins can only be back-dated four weeks, so the review ends now. */
    static final LocalDate LAST = Weeks.startOf(LocalDate.now());

    @Autowired
    ReviewService reviews;

    @Autowired
    WeekPlanService plans;

    @Autowired
    SessionLogService logs;

    @Autowired
    CheckInService checkIns;

    @Autowired
    People people;

    AccountSummary lifter;

    @BeforeEach
    void fourWeeksTrainedInFullWithPainEasingFromSixToTwo() {
        lifter = people.lifter("Jo Journal");
        int[] pain = {6, 5, 3, 2};
        for (int i = 0; i < 4; i++) {
            LocalDate monday = LAST.minusWeeks(3 - i);
            PlannedWeek week = people.as(
                    lifter,
                    () -> plans.applyTemplate(
                            lifter.id(),
                            monday,
                            PlannedWeek.NOT_SAVED,
                            BuiltInTemplates.BALANCED_THREE_DAY,
                            ExistingSessions.KEEP));
            for (Session session : week.plan().sessions().toList()) {
                people.as(
                        lifter,
                        () -> logs.markDoneAsPlanned(lifter.id(), monday, session.id(), LoggedSession.NOT_LOGGED));
            }
            int score = pain[i];
            people.as(lifter, () -> {
                checkIns.checkIn(lifter.id(), PainEntry.of(monday, PainTiming.BEFORE, score), Set.of());
                return checkIns.checkIn(lifter.id(), PainEntry.of(monday, PainTiming.BEFORE, score), Set.of());
            });
        }
    }

    @Test
    void loggedSessionsAndCheckInsMakeTheAdherenceThePainAndTheAdviceToProgress() {
        ReviewReport report =
                people.as(lifter, () -> reviews.review(lifter.id(), LAST, 4)).report();

        assertThat(report.adherence()).hasValue(1.0);
        assertThat(report.weeks())
                .extracting(w -> w.meanPainBefore().orElseThrow())
                .containsExactly(6.0, 5.0, 3.0, 2.0);
        assertThat(report.safety().status()).isEqualTo(SafetyStatus.CLEAR);
        assertThat(report.recommends(RecommendationKind.PROGRESS_STRENGTHENING)).isTrue();
    }

    @Test
    void aRedFlagTickedAfterwardsPausesThePlanAndSaysSoRatherThanHoldTheCurrentLevel() {
        people.as(
                lifter,
                () -> checkIns.answerRedFlags(
                        lifter.id(), Set.of(RedFlag.PAIN_WORSE_AT_NIGHT), RedFlagCheckReason.HIGH_PAIN));

        ReviewReport report =
                people.as(lifter, () -> reviews.review(lifter.id(), LAST, 4)).report();

        assertThat(report.safety().status()).isEqualTo(SafetyStatus.STOP);
        assertThat(report.recommendations().getFirst().kind()).isEqualTo(RecommendationKind.PLAN_PAUSED);
        assertThat(report.recommendations())
                .extracting(Recommendation::kind)
                // "Hold the current level" would tell a lifter who must stop to keep training.
                .doesNotContain(RecommendationKind.PROGRESS_STRENGTHENING, RecommendationKind.PROGRESSION_ON_HOLD);
    }
}
