package org.upright.planner.ui.library;

import java.util.Collection;
import java.util.stream.Collectors;
import org.upright.planner.exercise.Equipment;
import org.upright.planner.exercise.MovementPattern;

/**
 * The words the screens use for the catalogue's enums. One place, so the library, the planner and
 * the reports agree; the switches have no default, so a new pattern or piece of equipment does not
 * compile until it has a label.
 */
public final class CatalogLabels {

    private CatalogLabels() {}

    public static String of(MovementPattern pattern) {
        return switch (pattern) {
            case HORIZONTAL_PUSH -> "Horizontal push";
            case VERTICAL_PUSH -> "Vertical push";
            case HORIZONTAL_PULL -> "Horizontal pull";
            case VERTICAL_PULL -> "Vertical pull";
            case SCAPULAR_STABILITY -> "Shoulder-blade control";
            case SQUAT -> "Squat";
            case HINGE -> "Hip hinge";
            case LUNGE -> "Lunge";
            case CARRY -> "Carry";
            case CORE -> "Core";
            case THORACIC_MOBILITY -> "Upper-back mobility";
            case STRETCH -> "Stretch";
            case SOFT_TISSUE -> "Soft-tissue release";
            case BREATHING -> "Breathing";
            case GENERAL_MOBILITY -> "General mobility";
            case THERMAL -> "Heat or cold";
            case CONDITIONING -> "Conditioning";
        };
    }

    public static String of(MovementPattern.Group group) {
        return switch (group) {
            case UPPER_BODY_STRENGTH -> "Upper-body strength";
            case LOWER_BODY_AND_TRUNK -> "Lower body and trunk";
            case MOBILITY_AND_RECOVERY -> "Mobility and recovery";
            case CONDITIONING -> "Conditioning";
        };
    }

    public static String of(Equipment equipment) {
        return switch (equipment) {
            case NONE -> "No equipment";
            case RESISTANCE_BAND -> "Resistance band";
            case BALL -> "Massage ball";
            case FOAM_ROLLER -> "Foam roller";
            case MASSAGE_GUN -> "Massage gun";
            case DOORWAY -> "Doorway";
            case DUMBBELL -> "Dumbbells";
            case BARBELL -> "Barbell";
            case CABLE -> "Cable machine";
            case PULL_UP_BAR -> "Pull-up bar";
            case DIP_BARS -> "Dip bars";
            case BENCH -> "Bench";
            case MAT -> "Mat";
            case HEAT_COLD_PACK -> "Heat or cold pack";
        };
    }

    /** "Resistance band, Bench" in the enum's order; "No equipment" when nothing is needed. */
    public static String equipment(Collection<Equipment> needs) {
        if (needs.isEmpty() || needs.equals(java.util.Set.of(Equipment.NONE))) {
            return of(Equipment.NONE);
        }
        return needs.stream()
                .filter(e -> e != Equipment.NONE)
                .sorted()
                .map(CatalogLabels::of)
                .collect(Collectors.joining(", "));
    }
}
