package org.upright.planner.exercise;

import java.util.Optional;
import org.upright.planner.common.ServicesOnly;

/**
 * The exercises stored plans refer to, whoever owns them: every built-in exercise and <b>every</b>
 * coach's own, deleted ones included. A plan must keep showing the exercises it was built with
 * after its lifter changed coach or the coach deleted one from the library.
 *
 * <p>It checks nothing, so it is for the services that read stored weeks and templates — after
 * their own access check — and for nobody else ({@link ServicesOnly}). Screens find exercises
 * through {@link ExerciseCatalog}, which shows each person only what they may see.
 */
@ServicesOnly
public interface StoredExercises {

    /** The exercise with this slug, built-in or any coach's (deleted ones too); empty if none has it. */
    Optional<Exercise> find(String slug);

    /**
     * The coach who added the exercise with this slug (deleted or not); empty for built-in
     * exercises and unknown slugs.
     */
    Optional<Long> ownerOf(String slug);

    /** As an {@link ExerciseLookup}, for reading stored documents and for the pure rules. */
    default ExerciseLookup asLookup() {
        return this::find;
    }
}
