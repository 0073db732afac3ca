package org.upright.planner.plan.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface WeekPlanRevisionRepository extends JpaRepository<WeekPlanRevisionEntity, WeekPlanRevisionEntity.Key> {

    List<WeekPlanRevisionEntity> findByLifterIdAndWeekStartAndVersionIn(
            long lifterId, LocalDate weekStart, Collection<Long> versions);

    /** Drops the versions of one week older than {@code oldestKept}, in one statement. */
    @Modifying
    @Query("delete from WeekPlanRevisionEntity r where r.lifterId = :lifterId and r.weekStart = :weekStart"
            + " and r.version < :oldestKept")
    int forgetOlderThan(
            @Param("lifterId") long lifterId,
            @Param("weekStart") LocalDate weekStart,
            @Param("oldestKept") long oldestKept);
}
