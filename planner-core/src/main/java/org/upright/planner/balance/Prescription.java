package org.upright.planner.balance;

import java.util.Optional;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.Exercise;
import org.upright.planner.exercise.ExerciseLookup;

/**
 * One line of a session: an exercise and how much of it.
 *
 * @param id caller-supplied and unique within the week, so that a suggestion or a log can point at
 *     it and the persistence layer can map it back
 * @param loadKg optional external load in kilograms; {@code null} for body weight or bands
 * @param effort optional RPE or RiR target; {@code null} when none is set
 * @param note free text from the coach; never {@code null} (empty when there is none)
 */
public record Prescription(String id, Exercise exercise, Dose dose, Double loadKg, EffortTarget effort, String note) {

    /** Heavier than any lift on record; anything above is a typing error, not a plan. */
    public static final double MAX_LOAD_KG = 600.0;

    public static final int MAX_NOTE_LENGTH = 500;

    public Prescription {
        Ids.require(id, "prescription");
        if (exercise == null) {
            throw new IllegalArgumentException("prescription " + id + ": exercise is required");
        }
        if (dose == null) {
            throw new IllegalArgumentException("prescription " + id + ": dose is required");
        }
        if (loadKg != null && !(loadKg >= 0.0 && loadKg <= MAX_LOAD_KG)) {
            throw new IllegalArgumentException(
                    "prescription " + id + ": load must be between 0 and " + MAX_LOAD_KG + " kg, was " + loadKg);
        }
        note = note == null ? "" : note.strip();
        if (note.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException(
                    "prescription " + id + ": note must be at most " + MAX_NOTE_LENGTH + " characters");
        }
    }

    public static Prescription of(String id, Exercise exercise, Dose dose) {
        return new Prescription(id, exercise, dose, null, null, "");
    }

    /**
     * Builds a prescription from an exercise slug, as plans stored by slug are. An unknown slug is
     * refused with the prescription and the slug named.
     */
    public static Prescription fromSlug(String id, String slug, Dose dose, ExerciseLookup lookup) {
        Exercise exercise = lookup.find(slug)
                .orElseThrow(() ->
                        new IllegalArgumentException("prescription " + id + ": unknown exercise slug '" + slug + "'"));
        return of(id, exercise, dose);
    }

    public Prescription withLoadKg(double kg) {
        return new Prescription(id, exercise, dose, kg, effort, note);
    }

    public Prescription withEffort(EffortTarget target) {
        return new Prescription(id, exercise, dose, loadKg, target, note);
    }

    public Prescription withNote(String text) {
        return new Prescription(id, exercise, dose, loadKg, effort, text);
    }

    public Optional<Double> load() {
        return Optional.ofNullable(loadKg);
    }

    public Optional<EffortTarget> effortTarget() {
        return Optional.ofNullable(effort);
    }
}
