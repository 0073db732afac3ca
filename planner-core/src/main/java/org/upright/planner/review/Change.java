package org.upright.planner.review;

import java.util.OptionalDouble;

/** A value in the first and in the last week of the review; either may be missing. */
public record Change(OptionalDouble first, OptionalDouble last) {

    public static Change of(double first, double last) {
        return new Change(OptionalDouble.of(first), OptionalDouble.of(last));
    }

    /** last − first, when both are known. */
    public OptionalDouble delta() {
        return first.isPresent() && last.isPresent()
                ? OptionalDouble.of(last.getAsDouble() - first.getAsDouble())
                : OptionalDouble.empty();
    }
}
