package org.upright.planner.journal.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PainCheckInRepository extends JpaRepository<PainCheckInEntity, Long> {

    List<PainCheckInEntity> findByLifterIdAndDateBetweenOrderByDateAscIdAsc(
            long lifterId, LocalDate from, LocalDate to);

    /** Many lifters' check-ins in one query (coach dashboard, via the safety service). */
    List<PainCheckInEntity> findByLifterIdInAndDateBetween(Collection<Long> lifterIds, LocalDate from, LocalDate to);

    long countByLifterIdAndDate(long lifterId, LocalDate date);
}
