package org.upright.planner.exercise;

/**
 * What an exercise needs. {@link #MASSAGE_GUN} is not in the spec's list but the guide names the
 * tool, so the catalogue needs a way to say a drill requires one.
 */
public enum Equipment {
    NONE,
    RESISTANCE_BAND,
    BALL,
    FOAM_ROLLER,
    MASSAGE_GUN,
    DOORWAY,
    DUMBBELL,
    BARBELL,
    CABLE,
    PULL_UP_BAR,
    BENCH,
    MAT,
    HEAT_COLD_PACK
}
