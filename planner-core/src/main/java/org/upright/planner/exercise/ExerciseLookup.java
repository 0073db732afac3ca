package org.upright.planner.exercise;

import java.util.Optional;

/**
 * Finds exercises by slug. The balance rules take one of these instead of reaching for a
 * catalogue themselves, so they stay pure and tests can hand them a small fixture.
 */
@FunctionalInterface
public interface ExerciseLookup {

    Optional<Exercise> find(String slug);

    /** The exercise with this slug; an unknown slug is a programming or data error, named. */
    default Exercise require(String slug) {
        return find(slug).orElseThrow(() -> new IllegalArgumentException("unknown exercise: " + slug));
    }
}
