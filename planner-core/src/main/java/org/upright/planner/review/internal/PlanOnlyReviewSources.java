package org.upright.planner.review.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.plan.WeekPlanService;
import org.upright.planner.review.ReviewPeriod;
import org.upright.planner.review.ReviewRecords;
import org.upright.planner.review.ReviewSources;
import org.upright.planner.review.WeekRecord;

/**
 * The review's weeks from the stored plans alone, with nothing logged: what there is until the
 * journal (session logs, pain check-ins, habits, red-flag checks) supplies {@link ReviewSources}
 * itself. A week nobody planned is an empty plan.
 */
@Component
class PlanOnlyReviewSources implements ReviewSources {

    private final WeekPlanService plans;

    PlanOnlyReviewSources(WeekPlanService plans) {
        this.plans = plans;
    }

    @Override
    public ReviewRecords records(long lifterId, LocalDate firstWeek, LocalDate lastWeek) {
        Map<LocalDate, WeekPlan> stored = plans.weeks(lifterId, firstWeek, lastWeek).stream()
                .collect(Collectors.toMap(WeekPlan::weekStart, Function.identity()));
        int count = (int) java.time.temporal.ChronoUnit.WEEKS.between(firstWeek, lastWeek) + 1;
        List<WeekRecord> weeks = ReviewPeriod.weeksEndingWith(lastWeek, count).stream()
                .map(monday -> WeekRecord.planOnly(stored.getOrDefault(monday, WeekPlan.empty(monday))))
                .toList();
        return new ReviewRecords(weeks, List.of(), List.of());
    }
}
