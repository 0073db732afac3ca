package org.upright.planner.journal.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HabitBlockRepository extends JpaRepository<HabitBlockEntity, Long> {

    /** The block running on {@code day}; blocks never overlap (a new one ends the old one). */
    Optional<HabitBlockEntity> findFirstByLifterIdAndStartsOnLessThanEqualAndEndsOnGreaterThanEqualOrderByStartsOnDesc(
            long lifterId, LocalDate day, LocalDate sameDay);
}
