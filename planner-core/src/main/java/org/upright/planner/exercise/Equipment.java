package org.upright.planner.exercise;

/**
 * What an exercise needs. An exercise lists everything it needs; {@link #NONE} means body weight,
 * the floor and a wall are enough. A mat or folded towel under the knees is a comfort, not a need,
 * so floor drills in the built-in catalogue are marked {@link #NONE}; {@link #MAT} is there for
 * coaches' own entries that truly require one.
 *
 * <p>Two values are not in the spec's list: {@link #MASSAGE_GUN}, because the guide names the tool,
 * and {@link #DIP_BARS}, because dips need parallel bars that neither a bench nor a pull-up bar
 * replaces.
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
    DIP_BARS,
    BENCH,
    MAT,
    HEAT_COLD_PACK
}
