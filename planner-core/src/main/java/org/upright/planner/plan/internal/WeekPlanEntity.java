package org.upright.planner.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One lifter's week: the stored JSON document plus who changed it last, with a version. */
@Entity
@Table(name = "week_plan")
public class WeekPlanEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "week_plan_seq")
    @SequenceGenerator(name = "week_plan_seq", sequenceName = "week_plan_seq", allocationSize = 50)
    private Long id;

    @Column(name = "lifter_id", nullable = false)
    private long lifterId;

    @Column(name = "week_start", nullable = false)
    private LocalDate weekStart;

    @Column(nullable = false)
    private String content;

    @Version
    private long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    protected WeekPlanEntity() {}

    public WeekPlanEntity(long lifterId, LocalDate weekStart) {
        this.lifterId = lifterId;
        this.weekStart = weekStart;
    }

    public long lifterId() {
        return lifterId;
    }

    public LocalDate weekStart() {
        return weekStart;
    }

    public String content() {
        return content;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long updatedBy() {
        return updatedBy;
    }

    /** Every save touches the row, so the version moves even when only the document changed. */
    public void store(String newContent, long by, Instant at) {
        content = newContent;
        updatedBy = by;
        updatedAt = at;
    }
}
