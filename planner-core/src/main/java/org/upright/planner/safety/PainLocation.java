package org.upright.planner.safety;

/** Where the pain is felt, when the lifter says. */
public enum PainLocation {
    BETWEEN_SHOULDER_BLADES,
    NECK,
    MID_BACK,
    LOWER_BACK
}
