package org.upright.planner.account.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CoachingRepository extends JpaRepository<Coaching, Long> {

    boolean existsByCoachIdAndLifterIdAndEndedAtIsNull(long coachId, long lifterId);

    Optional<Coaching> findByLifterIdAndEndedAtIsNull(long lifterId);

    List<Coaching> findByCoachIdAndEndedAtIsNull(long coachId);

    /** Every coach who coaches or has coached the lifter. */
    @Query("select distinct c.coachId from Coaching c where c.lifterId = :lifterId")
    List<Long> coachesEverOf(@Param("lifterId") long lifterId);

    /** How many of {@code lifterIds} the coach currently coaches: one query for any number. */
    @Query("select count(distinct c.lifterId) from Coaching c"
            + " where c.coachId = :coachId and c.endedAt is null and c.lifterId in :lifterIds")
    long countCurrentClients(@Param("coachId") long coachId, @Param("lifterIds") Collection<Long> lifterIds);
}
