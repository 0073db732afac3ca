package org.upright.planner.exercise;

/**
 * What a movement trains. Every exercise has one primary pattern (counted as a whole set) and
 * optional secondary ones (counted as half a set: "fractional sets").
 */
public enum MovementPattern {
    HORIZONTAL_PUSH(Group.UPPER_BODY_STRENGTH),
    VERTICAL_PUSH(Group.UPPER_BODY_STRENGTH),
    HORIZONTAL_PULL(Group.UPPER_BODY_STRENGTH),
    VERTICAL_PULL(Group.UPPER_BODY_STRENGTH),
    /** Retraction and depression work: Y/T raises, squeezes, face pulls, pull-aparts. */
    SCAPULAR_STABILITY(Group.UPPER_BODY_STRENGTH),

    SQUAT(Group.LOWER_BODY_AND_TRUNK),
    HINGE(Group.LOWER_BODY_AND_TRUNK),
    LUNGE(Group.LOWER_BODY_AND_TRUNK),
    CARRY(Group.LOWER_BODY_AND_TRUNK),
    CORE(Group.LOWER_BODY_AND_TRUNK),

    /** Rotation and extension of the upper back. */
    THORACIC_MOBILITY(Group.MOBILITY_AND_RECOVERY),
    STRETCH(Group.MOBILITY_AND_RECOVERY),
    /** Ball, foam roller, massage gun. */
    SOFT_TISSUE(Group.MOBILITY_AND_RECOVERY),
    BREATHING(Group.MOBILITY_AND_RECOVERY),
    /** Shoulder circles, neck rolls. */
    GENERAL_MOBILITY(Group.MOBILITY_AND_RECOVERY),
    /** Heat or cold application. */
    THERMAL(Group.MOBILITY_AND_RECOVERY),

    CONDITIONING(Group.CONDITIONING);

    /** The families the catalogue and the planner's filters group patterns into. */
    public enum Group {
        UPPER_BODY_STRENGTH,
        LOWER_BODY_AND_TRUNK,
        MOBILITY_AND_RECOVERY,
        CONDITIONING
    }

    private final Group group;

    MovementPattern(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }

    public boolean isUpperBodyStrength() {
        return group == Group.UPPER_BODY_STRENGTH;
    }

    public boolean isPush() {
        return this == HORIZONTAL_PUSH || this == VERTICAL_PUSH;
    }

    /** Scapular stability counts as pulling: it trains the same muscles that rows do. */
    public boolean isPull() {
        return this == HORIZONTAL_PULL || this == VERTICAL_PULL || this == SCAPULAR_STABILITY;
    }

    /**
     * Whether minutes of this pattern count toward a mobility session (domain §3.3). Heat and cold
     * are recovery, but lying under a heat pack is not mobility work, so {@link #THERMAL} does not.
     */
    public boolean countsAsMobilityWork() {
        return switch (this) {
            case THORACIC_MOBILITY, STRETCH, SOFT_TISSUE, BREATHING, GENERAL_MOBILITY -> true;
            default -> false;
        };
    }
}
