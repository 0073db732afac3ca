package org.upright.planner.coaching.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CoachNoteRepository extends JpaRepository<CoachNoteEntity, CoachNoteEntity.Key> {}
