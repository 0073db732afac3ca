package org.upright.planner.review.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewNoteRepository extends JpaRepository<ReviewNoteEntity, ReviewNoteEntity.Key> {}
