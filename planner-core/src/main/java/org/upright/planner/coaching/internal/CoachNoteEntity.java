package org.upright.planner.coaching.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

@Entity
@Table(name = "coach_note")
public class CoachNoteEntity {

    /** One note per coach and client. */
    @Embeddable
    public record Key(
            @Column(name = "coach_id") long coachId,
            @Column(name = "lifter_id") long lifterId) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private String note;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CoachNoteEntity() {}

    public CoachNoteEntity(Key key) {
        this.key = key;
    }

    public String note() {
        return note;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public void write(String text, Instant at) {
        note = text;
        updatedAt = at;
    }
}
