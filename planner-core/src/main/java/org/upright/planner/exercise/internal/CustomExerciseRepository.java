package org.upright.planner.exercise.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomExerciseRepository extends JpaRepository<CustomExerciseEntity, Long> {

    /** Any exercise with this slug, deleted or not (plans keep resolving deleted ones). */
    Optional<CustomExerciseEntity> findBySlug(String slug);

    boolean existsBySlug(String slug);

    /** The live (not deleted) exercises of these owners. */
    List<CustomExerciseEntity> findByOwnerIdInAndDeletedAtIsNull(Collection<Long> ownerIds);

    List<CustomExerciseEntity> findByOwnerIdAndDeletedAtIsNull(long ownerId);
}
