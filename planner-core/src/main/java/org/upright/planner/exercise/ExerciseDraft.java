package org.upright.planner.exercise;

import java.util.List;
import java.util.Set;

/**
 * What a coach types to add or change an own exercise. Nothing is checked here: the catalogue
 * validates a draft as a whole and names every bad field at once ({@link ExerciseRejected}), so a
 * draft may hold anything a form can produce, including nulls.
 *
 * <p>The dose is given the way the form shows it: {@code low}–{@code high} in reps for
 * {@link DoseType#REPS} and {@link DoseType#ROUNDS}, in seconds for {@link DoseType#HOLD} and in
 * <b>minutes</b> for {@link DoseType#DURATION} (stored as seconds, like every {@link Dose}). A single
 * number is {@code high == null} or {@code high == low}. Whether reps are counted per side follows
 * {@code perSide}: {@link DoseType#REPS} and {@link DoseType#REPS_PER_SIDE} are the same choice here.
 * Sets are ignored for {@link DoseType#DURATION} (timed work is one stretch of minutes).
 *
 * @param equipment empty or {@code null} means none needed
 * @param instructions the steps in order; blank steps are dropped
 */
public record ExerciseDraft(
        String name,
        Set<Equipment> equipment,
        boolean perSide,
        MovementPattern primaryPattern,
        Set<MovementPattern> secondaryPatterns,
        DoseType doseType,
        Integer sets,
        Integer low,
        Integer high,
        List<String> instructions,
        String whyItHelps,
        String cautions) {

    /** An empty form: reps, 3 sets, nothing else chosen. */
    public static ExerciseDraft blank() {
        return new ExerciseDraft(
                "", Set.of(Equipment.NONE), false, null, Set.of(), DoseType.REPS, 3, null, null, List.of(), "", "");
    }

    /**
     * A draft holding everything {@code exercise} says: the starting point for editing an own
     * exercise or for a new one based on a built-in entry. A built-in range of sets ("2–3 ×") keeps
     * its lower end; timed work given in seconds is rounded up to whole minutes.
     */
    public static ExerciseDraft of(Exercise exercise) {
        Dose dose = exercise.defaultDose();
        Integer low = dose.low();
        Integer high = dose.high();
        if (dose.type() == DoseType.DURATION) {
            low = (dose.low() + 59) / 60;
            high = (dose.high() + 59) / 60;
        }
        return new ExerciseDraft(
                exercise.name(),
                exercise.equipment(),
                exercise.perSide(),
                exercise.primaryPattern(),
                exercise.secondaryPatterns(),
                dose.type() == DoseType.REPS_PER_SIDE ? DoseType.REPS : dose.type(),
                dose.sets(),
                low,
                high,
                exercise.instructions(),
                exercise.whyItHelps(),
                exercise.cautions());
    }

    /** This draft under another name (used for "based on" copies). */
    public ExerciseDraft named(String newName) {
        return new ExerciseDraft(
                newName,
                equipment,
                perSide,
                primaryPattern,
                secondaryPatterns,
                doseType,
                sets,
                low,
                high,
                instructions,
                whyItHelps,
                cautions);
    }

    /** This draft with other steps. */
    public ExerciseDraft withSteps(List<String> steps) {
        return new ExerciseDraft(
                name,
                equipment,
                perSide,
                primaryPattern,
                secondaryPatterns,
                doseType,
                sets,
                low,
                high,
                steps,
                whyItHelps,
                cautions);
    }
}
