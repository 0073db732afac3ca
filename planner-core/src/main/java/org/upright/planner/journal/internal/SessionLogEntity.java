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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.journal.LogStatus;

/** One logged session (done, skipped or unplanned); edited in place, hence the version. */
@Entity
@Table(name = "session_log")
public class SessionLogEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_log_seq")
    @SequenceGenerator(name = "session_log_seq", sequenceName = "session_log_seq", allocationSize = 50)
    private Long id;

    @Column(name = "lifter_id", nullable = false)
    private long lifterId;

    @Column(name = "week_start", nullable = false)
    private LocalDate weekStart;

    @Column(name = "session_id")
    private String sessionId;

    @Column(name = "log_date", nullable = false)
    private LocalDate logDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LogStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_kind", nullable = false)
    private SessionKind kind;

    @Column(nullable = false)
    private String title;

    @Column(name = "session_rpe")
    private Integer sessionRpe;

    @Column(nullable = false)
    private String note;

    @Column(nullable = false)
    private String actuals;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected SessionLogEntity() {}

    public SessionLogEntity(long lifterId, LocalDate weekStart, String sessionId, SessionKind kind, String title) {
        this.lifterId = lifterId;
        this.weekStart = weekStart;
        this.sessionId = sessionId;
        this.kind = kind;
        this.title = title;
    }

    /** Replaces what the log says; the version moves on save. */
    public void record(
            LogStatus newStatus, LocalDate date, Integer rpe, String newNote, String actualsJson, Instant at) {
        status = newStatus;
        logDate = date;
        sessionRpe = rpe;
        note = newNote;
        actuals = actualsJson;
        recordedAt = at;
    }

    public Long id() {
        return id;
    }

    public long lifterId() {
        return lifterId;
    }

    public LocalDate weekStart() {
        return weekStart;
    }

    public String sessionId() {
        return sessionId;
    }

    public LocalDate logDate() {
        return logDate;
    }

    public LogStatus status() {
        return status;
    }

    public SessionKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public Integer sessionRpe() {
        return sessionRpe;
    }

    public String note() {
        return note;
    }

    public String actuals() {
        return actuals;
    }

    public long version() {
        return version;
    }
}
