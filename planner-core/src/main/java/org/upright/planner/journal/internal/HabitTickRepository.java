package org.upright.planner.journal.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HabitTickRepository extends JpaRepository<HabitTickEntity, Long> {

    List<HabitTickEntity> findByLifterIdAndDateBetweenOrderByDateAsc(long lifterId, LocalDate from, LocalDate to);

    Optional<HabitTickEntity> findByLifterIdAndDateAndHabit(long lifterId, LocalDate date, String habit);
}
