package org.upright.planner.ui.review;

import java.time.LocalDate;
import org.upright.planner.account.AccountSummary;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.plan.BuiltInTemplates;
import org.upright.planner.plan.ExistingSessions;
import org.upright.planner.plan.PlannedWeek;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.review.ReviewPeriod;
import org.upright.planner.ui.TestPeople;

/** Test helper: plans weeks for a lifter through the planner service, as the lifter. */
public final class ReviewData {

    public static final LocalDate LAST_COMPLETE = ReviewPeriod.lastCompleteWeek(LocalDate.now());

    private ReviewData() {}

    /** The balanced three-day template in each of the {@code weeks} weeks up to the last complete one. */
    public static void balancedWeeks(WeekPlanService plans, AccountSummary lifter, int weeks) {
        for (int back = 0; back < weeks; back++) {
            LocalDate monday = LAST_COMPLETE.minusWeeks(back);
            TestPeople.as(
                    lifter,
                    () -> plans.applyTemplate(
                            lifter.id(),
                            monday,
                            PlannedWeek.NOT_SAVED,
                            BuiltInTemplates.BALANCED_THREE_DAY,
                            ExistingSessions.KEEP));
        }
    }

    /** A week with nothing but a bench press: pressing with no pulling. */
    static void pressOnly(WeekPlanService plans, AccountSummary lifter, LocalDate monday) {
        TestPeople.as(lifter, () -> {
            PlannedWeek week =
                    plans.addSession(lifter.id(), monday, PlannedWeek.NOT_SAVED, monday, SessionKind.STRENGTH, "Bench");
            return plans.addExercise(
                    lifter.id(),
                    monday,
                    week.version(),
                    week.plan().sessions().findFirst().orElseThrow().id(),
                    BlockType.MAIN,
                    CatalogSlugs.BENCH_PRESS);
        });
    }
}
