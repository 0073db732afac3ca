package org.upright.planner.journal.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RedFlagCheckRepository extends JpaRepository<RedFlagCheckEntity, Long> {

    List<RedFlagCheckEntity> findByLifterId(long lifterId);

    List<RedFlagCheckEntity> findByLifterIdIn(Collection<Long> lifterIds);

    boolean existsByLifterId(long lifterId);
}
