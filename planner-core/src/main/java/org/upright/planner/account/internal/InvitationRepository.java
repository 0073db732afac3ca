package org.upright.planner.account.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.upright.planner.account.InvitationStatus;

public interface InvitationRepository extends JpaRepository<InvitationEntity, Long> {

    Optional<InvitationEntity> findByCode(String code);

    List<InvitationEntity> findByCoachIdAndStatusOrderByCreatedAtDesc(long coachId, InvitationStatus status);

    List<InvitationEntity> findByEmailAndStatusOrderByCreatedAtDesc(String email, InvitationStatus status);

    /** Invitations the coach made after {@code since}, whatever became of them. */
    long countByCoachIdAndCreatedAtAfter(long coachId, Instant since);

    /**
     * Answers a pending invitation that is still open, in one statement: of two answers at the same
     * moment (accept and revoke, from two tabs or nodes) the database lets exactly one through.
     *
     * @return 1 if this answer was taken, 0 if the invitation was answered, withdrawn or expired
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update InvitationEntity i set i.status = :answer, i.respondedAt = :at, i.version = i.version + 1"
            + " where i.id = :id and i.status = org.upright.planner.account.InvitationStatus.PENDING"
            + " and i.expiresAt > :at")
    int answer(@Param("id") long id, @Param("answer") InvitationStatus answer, @Param("at") Instant at);

    /**
     * Withdraws a pending invitation, expired or not, in one statement (see {@link #answer}).
     *
     * @return 1 if withdrawn now, 0 if it had been answered or withdrawn already
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update InvitationEntity i set i.status = org.upright.planner.account.InvitationStatus.REVOKED,"
            + " i.respondedAt = :at, i.version = i.version + 1"
            + " where i.id = :id and i.status = org.upright.planner.account.InvitationStatus.PENDING")
    int revoke(@Param("id") long id, @Param("at") Instant at);

    /**
     * Claims a re-send: a pending invitation whose link was last mailed before {@code sentBefore}
     * (or never) and fewer than {@code maxSends} times gets another 14 days and counts the mail.
     * One statement, so two clicks at once make one mail.
     *
     * @return 1 if this re-send may go out, 0 if the limits (or an answer) say no
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update InvitationEntity i set i.lastSentAt = :at, i.timesSent = i.timesSent + 1,"
            + " i.expiresAt = :expiresAt, i.version = i.version + 1"
            + " where i.id = :id and i.status = org.upright.planner.account.InvitationStatus.PENDING"
            + " and (i.lastSentAt is null or i.lastSentAt <= :sentBefore) and i.timesSent < :maxSends")
    int claimResend(
            @Param("id") long id,
            @Param("at") Instant at,
            @Param("expiresAt") Instant expiresAt,
            @Param("sentBefore") Instant sentBefore,
            @Param("maxSends") int maxSends);
}
