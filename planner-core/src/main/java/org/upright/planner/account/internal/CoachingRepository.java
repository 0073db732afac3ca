package org.upright.planner.account.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CoachingRepository extends JpaRepository<Coaching, Long> {

    boolean existsByCoachIdAndLifterIdAndEndedAtIsNull(long coachId, long lifterId);

    Optional<Coaching> findByLifterIdAndEndedAtIsNull(long lifterId);

    List<Coaching> findByCoachIdAndEndedAtIsNull(long coachId);
}
