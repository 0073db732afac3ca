package org.upright.planner.exercise;

import java.util.Objects;

/**
 * A coach's own exercise as its owner edits it: the catalogue entry plus what an edit needs.
 *
 * @param version the version the owner read; {@link ExerciseCatalog#update} and
 *     {@link ExerciseCatalog#delete} refuse when someone saved a newer one in between
 */
public record CustomExercise(Exercise exercise, long ownerId, long version) {

    public CustomExercise {
        Objects.requireNonNull(exercise, "exercise is required");
        if (exercise.builtIn()) {
            throw new IllegalArgumentException("a custom exercise is never built in: " + exercise.slug());
        }
    }

    public String slug() {
        return exercise.slug();
    }

    public String name() {
        return exercise.name();
    }
}
