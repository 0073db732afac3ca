package org.upright.planner.plan.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface WeekPlanRepository extends JpaRepository<WeekPlanEntity, Long> {

    Optional<WeekPlanEntity> findByLifterIdAndWeekStart(long lifterId, LocalDate weekStart);

    /** The weeks of one lifter in a date range, oldest first (reviews, previous week). */
    List<WeekPlanEntity> findByLifterIdAndWeekStartBetweenOrderByWeekStart(long lifterId, LocalDate from, LocalDate to);

    /** When each lifter's plans last changed, in one query (coach dashboard). */
    @Query("select w.lifterId, max(w.updatedAt) from WeekPlanEntity w where w.lifterId in :lifterIds"
            + " group by w.lifterId")
    List<Object[]> lastChanges(@Param("lifterIds") Collection<Long> lifterIds);

    /** One week for many lifters in one query (coach dashboard). */
    List<WeekPlanEntity> findByLifterIdInAndWeekStart(Collection<Long> lifterIds, LocalDate weekStart);
}
