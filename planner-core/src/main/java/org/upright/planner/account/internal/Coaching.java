package org.upright.planner.account.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A coach working with a lifter, from {@code startedAt} until {@code endedAt} (open while current). */
@Entity
@Table(name = "coaching")
public class Coaching {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coaching_seq")
    @SequenceGenerator(name = "coaching_seq", sequenceName = "coaching_seq", allocationSize = 50)
    private Long id;

    @Column(name = "coach_id", nullable = false)
    private long coachId;

    @Column(name = "lifter_id", nullable = false)
    private long lifterId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    /**
     * The lifter's id while the link is current, null once it has ended. Unique in the database,
     * so that a lifter can never have two current coaches, however close together two invitations
     * are accepted (V12).
     */
    @Column(name = "current_lifter_id")
    private Long currentLifterId;

    @Version
    private long version;

    protected Coaching() {}

    public Coaching(long coachId, long lifterId, Instant startedAt) {
        this.coachId = coachId;
        this.lifterId = lifterId;
        this.startedAt = startedAt;
        this.currentLifterId = lifterId;
    }

    public long coachId() {
        return coachId;
    }

    public long lifterId() {
        return lifterId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public boolean isCurrent() {
        return endedAt == null;
    }

    public void end(Instant at) {
        if (endedAt == null) {
            endedAt = at;
            currentLifterId = null;
        }
    }
}
