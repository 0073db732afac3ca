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
import java.util.Locale;

/**
 * A coach's saved week. The content is a week document anchored on {@link #ANCHOR_MONDAY}, so the
 * same reader and writer as for real weeks serve templates; only the weekdays matter.
 */
@Entity
@Table(name = "week_template")
public class WeekTemplateEntity {

    /** A Monday long past, on which every stored template week starts. */
    public static final java.time.LocalDate ANCHOR_MONDAY = java.time.LocalDate.of(2001, 1, 1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "week_template_seq")
    @SequenceGenerator(name = "week_template_seq", sequenceName = "week_template_seq", allocationSize = 50)
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false)
    private String name;

    /** The name as compared for uniqueness per owner: {@link #nameKey}. */
    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(nullable = false)
    private String content;

    /** What {@link #content} was before the last replacement; null when never replaced. */
    @Column(name = "replaced_content")
    private String replacedContent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected WeekTemplateEntity() {}

    public WeekTemplateEntity(long ownerId, String name, String content, Instant createdAt) {
        this.ownerId = ownerId;
        this.name = name;
        this.nameKey = nameKey(name);
        this.content = content;
        this.createdAt = createdAt;
    }

    /** Two names that differ only in case are the same template name. */
    public static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Keeps {@code newContent} under {@code newName}. A saved template being replaced keeps its id
     * and what it held before, so that the replacing can be taken back.
     */
    public void keep(String newName, String newContent) {
        if (id != null && !content.equals(newContent)) {
            replacedContent = content;
        }
        name = newName;
        nameKey = nameKey(newName);
        content = newContent;
    }

    /**
     * Puts back what the template held before it was last replaced; doing it again puts the
     * replacement back. False when the template was never replaced.
     */
    public boolean swapBackReplaced() {
        if (replacedContent == null) {
            return false;
        }
        String now = content;
        content = replacedContent;
        replacedContent = now;
        return true;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String content() {
        return content;
    }
}
