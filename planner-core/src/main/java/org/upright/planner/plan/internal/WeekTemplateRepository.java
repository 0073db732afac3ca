package org.upright.planner.plan.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WeekTemplateRepository extends JpaRepository<WeekTemplateEntity, Long> {

    List<WeekTemplateEntity> findByOwnerIdOrderByName(long ownerId);

    Optional<WeekTemplateEntity> findByIdAndOwnerId(long id, long ownerId);

    Optional<WeekTemplateEntity> findByOwnerIdAndNameKey(long ownerId, String nameKey);
}
