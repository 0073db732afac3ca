package org.upright.planner.ui.library;

import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.DoseType;

/**
 * A dose in words, the same everywhere a dose is shown (library, planner, week view).
 *
 * <ul>
 *   <li>{@link #compact}: how a coach writes it — "3 × 8–12", "2 × 20–30 s per side", "5 min";
 *   <li>{@link #inWords}: spelled out for a lifter and for screen readers — "3 sets of 8–12 reps",
 *       "2 holds of 20–30 seconds per side", "5 minutes".
 * </ul>
 */
public final class DoseText {

    private DoseText() {}

    /** "3 × 8–12", "1 × 10 per side", "2–3 × 20–30 s per side", "8–12 rounds", "15–20 min". */
    public static String compact(Dose dose) {
        return dose.describe();
    }

    /**
     * "3 sets of 8–12 reps", "1 set of 10 reps per side", "2 holds of 20–30 seconds per side",
     * "8–12 slow rounds", "5 minutes", "2–3 sets of 10 reps" (a range of sets: room to grow).
     */
    public static String inWords(Dose dose) {
        String amount = range(dose.low(), dose.high());
        boolean oneSet = dose.sets() == 1 && !dose.hasSetRange();
        String sets = range(dose.sets(), dose.maxSets());
        String text = switch (dose.type()) {
            case REPS, REPS_PER_SIDE ->
                sets + (oneSet ? " set of " : " sets of ") + amount + (dose.high() == 1 ? " rep" : " reps");
            case ROUNDS -> (oneSet ? "" : sets + " sets of ") + amount + " slow rounds";
            case HOLD ->
                sets + (oneSet ? " hold of " : " holds of ") + amount + (dose.high() == 1 ? " second" : " seconds");
            case DURATION -> time(dose.low(), dose.high());
        };
        return dose.perSide() ? text + " per side" : text;
    }

    /** What the amount of a dose counts, as a form label: "Reps", "Seconds", "Minutes", "Rounds". */
    public static String unitLabel(DoseType type) {
        return switch (type) {
            case REPS, REPS_PER_SIDE -> "Reps";
            case ROUNDS -> "Rounds";
            case HOLD -> "Seconds";
            case DURATION -> "Minutes";
        };
    }

    private static String time(int lowSeconds, int highSeconds) {
        if (lowSeconds % 60 == 0 && highSeconds % 60 == 0) {
            return range(lowSeconds / 60, highSeconds / 60) + (highSeconds == 60 ? " minute" : " minutes");
        }
        return range(lowSeconds, highSeconds) + (highSeconds == 1 ? " second" : " seconds");
    }

    private static String range(int from, int to) {
        return from == to ? Integer.toString(from) : from + "–" + to;
    }
}
