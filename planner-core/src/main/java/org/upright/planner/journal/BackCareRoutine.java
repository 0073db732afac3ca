package org.upright.planner.journal;

import java.util.List;

/**
 * The back-care routine a lifter follows, as the printable card lists it.
 *
 * @param fromPlan whether it is the lifter's own planned routine (otherwise the guide's sample)
 * @param lines the exercises in the order they are done
 */
public record BackCareRoutine(String title, boolean fromPlan, List<Line> lines) {

    public BackCareRoutine {
        lines = List.copyOf(lines);
    }

    /** One exercise: its name, how much ("1 × 10 per side"), and the coach's note if any. */
    public record Line(String exercise, String dose, String note) {}
}
