package org.upright.planner.journal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.upright.planner.journal.PainCheckIn;
import org.upright.planner.safety.PainLocation;
import org.upright.planner.safety.PainReading;
import org.upright.planner.safety.PainTiming;

/** A pain check-in. Check-ins are a record of what was felt and are never edited. */
@Entity
@Table(name = "pain_check_in")
public class PainCheckInEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pain_check_in_seq")
    @SequenceGenerator(name = "pain_check_in_seq", sequenceName = "pain_check_in_seq", allocationSize = 50)
    private Long id;

    @Column(name = "lifter_id", nullable = false)
    private long lifterId;

    @Column(name = "check_in_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PainTiming timing;

    @Column(nullable = false)
    private int score;

    @Enumerated(EnumType.STRING)
    private PainLocation location;

    @Column(nullable = false)
    private String note;

    @Column(name = "session_id")
    private String sessionId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PainCheckInEntity() {}

    public PainCheckInEntity(long lifterId, PainReading reading, String sessionId, Instant recordedAt) {
        this.lifterId = lifterId;
        this.date = reading.date();
        this.timing = reading.timing();
        this.score = reading.score();
        this.location = reading.location();
        this.note = reading.note();
        this.sessionId = sessionId;
        this.recordedAt = recordedAt;
    }

    public long lifterId() {
        return lifterId;
    }

    public PainCheckIn toCheckIn() {
        return new PainCheckIn(id, date, timing, score, location, note, sessionId);
    }

    public PainReading toReading() {
        return new PainReading(date, timing, score, location, note);
    }
}
