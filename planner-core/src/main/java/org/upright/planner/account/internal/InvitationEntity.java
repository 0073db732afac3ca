package org.upright.planner.account.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.upright.planner.account.InvitationStatus;

@Entity
@Table(name = "invitation")
public class InvitationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
    @SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "coach_id", nullable = false)
    private long coachId;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvitationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "last_sent_at")
    private Instant lastSentAt;

    @Column(name = "times_sent", nullable = false)
    private int timesSent;

    @Version
    private long version;

    protected InvitationEntity() {}

    public InvitationEntity(long coachId, String email, String code, Instant createdAt, Instant expiresAt) {
        this.coachId = coachId;
        this.email = email;
        this.code = code;
        this.status = InvitationStatus.PENDING;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public long coachId() {
        return coachId;
    }

    public String email() {
        return email;
    }

    public String code() {
        return code;
    }

    public InvitationStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public long id() {
        return id;
    }

    /** When the link was last mailed; null if it never was. */
    public Instant lastSentAt() {
        return lastSentAt;
    }

    public int timesSent() {
        return timesSent;
    }

    /** The first mail, queued with the new invitation. */
    public void sentAt(Instant at) {
        lastSentAt = at;
        timesSent = 1;
    }

    public boolean isOpenAt(Instant now) {
        return status == InvitationStatus.PENDING && now.isBefore(expiresAt);
    }

    public void respond(InvitationStatus answer, Instant at) {
        status = answer;
        respondedAt = at;
    }
}
