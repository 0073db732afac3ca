package org.upright.planner.balance;

import java.util.EnumSet;
import java.util.Set;
import org.upright.planner.exercise.Equipment;
import org.upright.planner.exercise.Exercise;

/**
 * What the rules need to know about the lifter.
 *
 * @param upperBackCare the lifter trains with upper-back pain or to prevent it: stricter push:pull
 *     target, and the routine and breathing rules apply
 * @param equipment what the lifter has at hand; suggestions only pick exercises the lifter can do
 */
public record LifterProfile(boolean upperBackCare, Set<Equipment> equipment) {

    /**
     * Things everybody has: no equipment, a doorway, and a floor to lie on. Suggestions treat them
     * as available even when the profile does not list them, so that a doorway pec stretch or a
     * prone Y raise is never withheld from a lifter who simply did not tick those boxes.
     */
    public static final Set<Equipment> ALWAYS_AT_HAND = Set.of(Equipment.NONE, Equipment.DOORWAY, Equipment.MAT);

    public LifterProfile {
        equipment = equipment == null ? Set.of() : Set.copyOf(equipment);
    }

    public static LifterProfile general(Set<Equipment> equipment) {
        return new LifterProfile(false, equipment);
    }

    public static LifterProfile withUpperBackCare(Set<Equipment> equipment) {
        return new LifterProfile(true, equipment);
    }

    /** Whether the lifter can do {@code exercise} with what they have (see {@link #ALWAYS_AT_HAND}). */
    public boolean canDo(Exercise exercise) {
        Set<Equipment> available = EnumSet.copyOf(ALWAYS_AT_HAND);
        available.addAll(equipment);
        return exercise.canBeDoneWith(available);
    }
}
