package org.upright.planner.exercise;

import org.upright.planner.common.Refusal;
import org.upright.planner.common.Text;

/**
 * Someone tried to change or delete a built-in exercise. Built-in entries are the same for
 * everybody and plans rely on them, so they are never changed; a coach adds an own exercise
 * instead (the library offers to start one from the built-in entry).
 */
public class BuiltInExerciseReadOnly extends Refusal {

    private final String slug;

    public BuiltInExerciseReadOnly(String slug, Text reason) {
        super(reason);
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
