package org.upright.planner.journal.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClearanceRepository extends JpaRepository<ClearanceEntity, Long> {

    List<ClearanceEntity> findByLifterId(long lifterId);

    List<ClearanceEntity> findByLifterIdIn(Collection<Long> lifterIds);
}
