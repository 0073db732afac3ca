package org.upright.planner.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.data.domain.Persistable;

/**
 * One saved version of a lifter's week, kept so that undo and "apply my change again" can work out
 * what a single edit did (docs/adr/0009). Never written back as it is: the service compares two
 * versions, and replays the difference onto the week as stored now.
 */
@Entity
@Table(name = "week_plan_revision")
@IdClass(WeekPlanRevisionEntity.Key.class)
public class WeekPlanRevisionEntity implements Persistable<WeekPlanRevisionEntity.Key> {

    @Id
    @Column(name = "lifter_id")
    private long lifterId;

    @Id
    @Column(name = "week_start")
    private LocalDate weekStart;

    /** The {@link WeekPlanEntity#version()} this content was saved as. */
    @Id
    private long version;

    @Column(nullable = false)
    private String content;

    @Column(name = "changed_by", nullable = false)
    private long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** Revisions are only ever inserted: tells Spring Data to persist without looking first. */
    @Transient
    private boolean fresh;

    protected WeekPlanRevisionEntity() {}

    public WeekPlanRevisionEntity(
            long lifterId, LocalDate weekStart, long version, String content, long changedBy, Instant changedAt) {
        this.lifterId = lifterId;
        this.weekStart = weekStart;
        this.version = version;
        this.content = content;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.fresh = true;
    }

    public long version() {
        return version;
    }

    public String content() {
        return content;
    }

    public long changedBy() {
        return changedBy;
    }

    @Override
    public Key getId() {
        return new Key(lifterId, weekStart, version);
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    /** The primary key: lifter, week and version. */
    public static class Key implements Serializable {
        private long lifterId;
        private LocalDate weekStart;
        private long version;

        protected Key() {}

        public Key(long lifterId, LocalDate weekStart, long version) {
            this.lifterId = lifterId;
            this.weekStart = weekStart;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && key.lifterId == lifterId
                    && key.version == version
                    && Objects.equals(key.weekStart, weekStart);
        }

        @Override
        public int hashCode() {
            return Objects.hash(lifterId, weekStart, version);
        }
    }
}
