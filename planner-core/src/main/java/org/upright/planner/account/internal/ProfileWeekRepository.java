package org.upright.planner.account.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProfileWeekRepository extends JpaRepository<ProfileWeekEntity, ProfileWeekEntity.Key> {

    List<ProfileWeekEntity> findByKeyLifterIdOrderByKeyFromWeek(long lifterId);

    boolean existsByKeyLifterId(long lifterId);
}
