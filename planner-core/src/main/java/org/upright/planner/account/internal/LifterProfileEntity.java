package org.upright.planner.account.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.upright.planner.account.TrainingProfile;
import org.upright.planner.exercise.Equipment;

@Entity
@Table(name = "lifter_profile")
public class LifterProfileEntity {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "upper_back_care", nullable = false)
    private boolean upperBackCare;

    /** Equipment names, comma-separated: a handful of enum values, never queried individually. */
    @Column(nullable = false)
    private String equipment;

    @Column(name = "push_pull_target")
    private Double pushPullTarget;

    @Column(name = "mobility_target")
    private Integer mobilityTarget;

    @Version
    private long version;

    protected LifterProfileEntity() {}

    public LifterProfileEntity(long accountId) {
        this.accountId = accountId;
        apply(TrainingProfile.defaults());
    }

    public long accountId() {
        return accountId;
    }

    public long version() {
        return version;
    }

    public final void apply(TrainingProfile profile) {
        upperBackCare = profile.upperBackCare();
        equipment = profile.equipment().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        pushPullTarget = profile.pushPullTarget();
        mobilityTarget = profile.mobilityTarget();
    }

    public TrainingProfile toProfile() {
        Set<Equipment> items = EnumSet.noneOf(Equipment.class);
        if (!equipment.isBlank()) {
            Arrays.stream(equipment.split(",")).map(Equipment::valueOf).forEach(items::add);
        }
        return new TrainingProfile(upperBackCare, items, pushPullTarget, mobilityTarget, version);
    }
}
