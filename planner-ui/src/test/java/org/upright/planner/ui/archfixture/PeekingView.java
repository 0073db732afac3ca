package org.upright.planner.ui.archfixture;

import org.upright.planner.exercise.Exercise;
import org.upright.planner.exercise.StoredExercises;

/** A screen that reaches past the services for any coach's exercises: the rule must catch it. Not a bean. */
public class PeekingView {

    private final StoredExercises exercises;

    public PeekingView(StoredExercises exercises) {
        this.exercises = exercises;
    }

    public Exercise show(String slug) {
        return exercises.find(slug).orElseThrow();
    }
}
