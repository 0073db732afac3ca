package org.upright.planner.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.common.LifterId;
import org.upright.planner.exercise.ExerciseLookup;
import org.upright.planner.exercise.StoredExercises;
import org.upright.planner.plan.internal.WeekDocument;
import org.upright.planner.plan.internal.WeekPlanEntity;
import org.upright.planner.plan.internal.WeekPlanRepository;

/**
 * The stored weeks of several lifters at once, for screens and services that look at many lifters
 * (a coach's dashboard, the safety service's adherence): one query per week asked for, however many
 * lifters — never one per lifter.
 */
@Service
public class WeekPlanBatch {

    /** Enough for a six-week review with room to spare; more is a mistake, not a use. */
    public static final int MAX_WEEKS = 8;

    private final WeekPlanRepository weeks;
    private final ExerciseLookup exercises;

    WeekPlanBatch(WeekPlanRepository weeks, StoredExercises exercises) {
        this.weeks = weeks;
        this.exercises = exercises.asLookup();
    }

    /**
     * The stored plans of each lifter for the weeks from {@code fromWeek} to {@code toWeek}
     * (Mondays), oldest first; weeks nobody planned are absent. The caller must be allowed to see
     * every lifter asked about.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<WeekPlan>> weeks(@LifterId Collection<Long> lifterIds, LocalDate fromWeek, LocalDate toWeek) {
        if (fromWeek.getDayOfWeek() != DayOfWeek.MONDAY || toWeek.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("weeks start on a Monday");
        }
        if (toWeek.isBefore(fromWeek) || fromWeek.plusWeeks(MAX_WEEKS).isBefore(toWeek.plusWeeks(1))) {
            throw new IllegalArgumentException("between 1 and " + MAX_WEEKS + " weeks, oldest first");
        }
        Map<Long, List<WeekPlan>> result = new HashMap<>();
        if (lifterIds.isEmpty()) {
            return result;
        }
        Set<Long> ids = Set.copyOf(lifterIds);
        for (LocalDate week = fromWeek; !week.isAfter(toWeek); week = week.plusWeeks(1)) {
            for (WeekPlanEntity entity : weeks.findByLifterIdInAndWeekStart(ids, week)) {
                result.computeIfAbsent(entity.lifterId(), id -> new ArrayList<>())
                        .add(WeekDocument.read(entity.content(), exercises));
            }
        }
        return result;
    }
}
