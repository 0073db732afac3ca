package org.upright.planner.journal.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionLogRepository extends JpaRepository<SessionLogEntity, Long> {

    Optional<SessionLogEntity> findByLifterIdAndWeekStartAndSessionId(
            long lifterId, LocalDate weekStart, String sessionId);

    List<SessionLogEntity> findByLifterIdAndWeekStartBetweenOrderByLogDateAscIdAsc(
            long lifterId, LocalDate fromWeek, LocalDate toWeek);

    /** Many lifters' logs in one query (coach dashboard, via the safety service). */
    List<SessionLogEntity> findByLifterIdInAndWeekStartBetween(
            Collection<Long> lifterIds, LocalDate fromWeek, LocalDate toWeek);

    long countByLifterIdAndLogDateAndStatus(
            long lifterId, LocalDate date, org.upright.planner.journal.LogStatus status);
}
