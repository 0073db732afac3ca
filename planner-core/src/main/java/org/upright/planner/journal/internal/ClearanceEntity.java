package org.upright.planner.journal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.upright.planner.safety.ProfessionalClearance;

/** A lifter's record that a professional cleared them to train. Kept for the history. */
@Entity
@Table(name = "professional_clearance")
public class ClearanceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "professional_clearance_seq")
    @SequenceGenerator(
            name = "professional_clearance_seq",
            sequenceName = "professional_clearance_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "lifter_id", nullable = false)
    private long lifterId;

    @Column(name = "cleared_on", nullable = false)
    private LocalDate clearedOn;

    @Column(nullable = false)
    private String note;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ClearanceEntity() {}

    public ClearanceEntity(long lifterId, ProfessionalClearance clearance, Instant recordedAt) {
        this.lifterId = lifterId;
        this.clearedOn = clearance.date();
        this.note = clearance.note();
        this.recordedAt = recordedAt;
    }

    public long lifterId() {
        return lifterId;
    }

    public LocalDate clearedOn() {
        return clearedOn;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public ProfessionalClearance toClearance() {
        return new ProfessionalClearance(clearedOn, note);
    }
}
