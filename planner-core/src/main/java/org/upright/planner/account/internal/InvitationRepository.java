package org.upright.planner.account.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.upright.planner.account.InvitationStatus;

public interface InvitationRepository extends JpaRepository<InvitationEntity, Long> {

    Optional<InvitationEntity> findByCode(String code);

    List<InvitationEntity> findByCoachIdAndStatusOrderByCreatedAtDesc(long coachId, InvitationStatus status);

    List<InvitationEntity> findByEmailAndStatusOrderByCreatedAtDesc(String email, InvitationStatus status);

    /** Invitations the coach made after {@code since}, whatever became of them. */
    long countByCoachIdAndCreatedAtAfter(long coachId, Instant since);
}
