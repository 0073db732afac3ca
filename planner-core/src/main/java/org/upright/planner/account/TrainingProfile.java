package org.upright.planner.account;

import java.util.EnumSet;
import java.util.Set;
import org.upright.planner.exercise.Equipment;

/**
 * What a lifter's plans are measured against: whether they train with (or to prevent) upper-back
 * pain, what equipment they have, and the targets their coach (or they, when
 * self-coached) changed from the defaults. {@code null} targets mean "use the default".
 *
 * @param version for optimistic locking: an update must name the version it started from;
 *     {@link #NEVER_SAVED} for a profile that only exists as defaults
 */
public record TrainingProfile(
        boolean upperBackCare, Set<Equipment> equipment, Double pushPullTarget, Integer mobilityTarget, long version) {

    public static final long NEVER_SAVED = -1;
    public static final double MIN_PUSH_PULL_TARGET = 0.5;
    public static final double MAX_PUSH_PULL_TARGET = 3.0;

    public TrainingProfile {
        equipment = equipment == null || equipment.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(equipment));
        if (pushPullTarget != null
                && (pushPullTarget < MIN_PUSH_PULL_TARGET || pushPullTarget > MAX_PUSH_PULL_TARGET)) {
            throw new IllegalArgumentException("push:pull target must be between " + MIN_PUSH_PULL_TARGET + " and "
                    + MAX_PUSH_PULL_TARGET + ", was " + pushPullTarget);
        }
        if (mobilityTarget != null && (mobilityTarget < 1 || mobilityTarget > 7)) {
            throw new IllegalArgumentException("mobility target must be 1 to 7 sessions a week, was " + mobilityTarget);
        }
    }

    /** A new lifter: general training, no equipment listed, default targets. */
    public static TrainingProfile defaults() {
        return new TrainingProfile(false, Set.of(), null, null, NEVER_SAVED);
    }
}
