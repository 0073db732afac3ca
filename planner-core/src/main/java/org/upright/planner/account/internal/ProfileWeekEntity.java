package org.upright.planner.account.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.upright.planner.account.TrainingProfile;
import org.upright.planner.exercise.Equipment;

/** The profile in force from one week on, until the lifter's next such row (V14). */
@Entity
@Table(name = "lifter_profile_week")
public class ProfileWeekEntity {

    /** One row per lifter and week. */
    @Embeddable
    public record Key(
            @Column(name = "lifter_id") long lifterId,
            @Column(name = "from_week") LocalDate fromWeek) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "upper_back_care", nullable = false)
    private boolean upperBackCare;

    @Column(nullable = false)
    private String equipment;

    @Column(name = "push_pull_target")
    private Double pushPullTarget;

    @Column(name = "mobility_target")
    private Integer mobilityTarget;

    protected ProfileWeekEntity() {}

    public ProfileWeekEntity(long lifterId, LocalDate fromWeek, TrainingProfile profile) {
        this.key = new Key(lifterId, fromWeek);
        hold(profile);
    }

    /** A second change in the same week replaces the first: the week is judged by the last one. */
    public final void hold(TrainingProfile profile) {
        upperBackCare = profile.upperBackCare();
        equipment = profile.equipment().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        pushPullTarget = profile.pushPullTarget();
        mobilityTarget = profile.mobilityTarget();
    }

    public LocalDate fromWeek() {
        return key.fromWeek();
    }

    /** The profile as it stood (its version is not kept: this is history, never edited). */
    public TrainingProfile toProfile() {
        Set<Equipment> items = EnumSet.noneOf(Equipment.class);
        if (!equipment.isBlank()) {
            Arrays.stream(equipment.split(",")).map(Equipment::valueOf).forEach(items::add);
        }
        return new TrainingProfile(upperBackCare, items, pushPullTarget, mobilityTarget, TrainingProfile.NEVER_SAVED);
    }
}
