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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.upright.planner.safety.RedFlag;
import org.upright.planner.safety.RedFlagCheck;
import org.upright.planner.safety.RedFlagCheckReason;

/** One answered red-flag checklist. Never edited: a later checklist is a new row. */
@Entity
@Table(name = "red_flag_check")
public class RedFlagCheckEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "red_flag_check_seq")
    @SequenceGenerator(name = "red_flag_check_seq", sequenceName = "red_flag_check_seq", allocationSize = 50)
    private Long id;

    @Column(name = "lifter_id", nullable = false)
    private long lifterId;

    @Column(name = "check_date", nullable = false)
    private LocalDate date;

    /** Flag names, comma-separated: at most six enum values, never queried one by one. */
    @Column(nullable = false)
    private String flags;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RedFlagCheckReason reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    protected RedFlagCheckEntity() {}

    public RedFlagCheckEntity(
            long lifterId, RedFlagCheck check, RedFlagCheckReason reason, Instant recordedAt, long recordedBy) {
        this.lifterId = lifterId;
        this.date = check.date();
        this.flags = check.flagged().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.reason = reason;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public long lifterId() {
        return lifterId;
    }

    public LocalDate date() {
        return date;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public RedFlagCheck toCheck() {
        Set<RedFlag> flagged = EnumSet.noneOf(RedFlag.class);
        if (!flags.isEmpty()) {
            Arrays.stream(flags.split(",")).map(RedFlag::valueOf).forEach(flagged::add);
        }
        return new RedFlagCheck(date, flagged);
    }
}
