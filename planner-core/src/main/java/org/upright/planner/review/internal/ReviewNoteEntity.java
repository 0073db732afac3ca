package org.upright.planner.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.upright.planner.review.ReviewNote;

@Entity
@Table(name = "review_note")
public class ReviewNoteEntity {

    /** One note per lifter and review end week. */
    @Embeddable
    public record Key(
            @Column(name = "lifter_id") long lifterId,
            @Column(name = "last_week") LocalDate lastWeek) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(nullable = false)
    private String note;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ReviewNoteEntity() {}

    public ReviewNoteEntity(Key key) {
        this.key = key;
    }

    public long version() {
        return version;
    }

    public void write(String text, long authorId, String authorName, Instant at) {
        this.note = text;
        this.authorId = authorId;
        this.authorName = authorName;
        this.updatedAt = at;
    }

    public ReviewNote toNote() {
        return new ReviewNote(note, authorName, updatedAt, version);
    }
}
