package org.upright.planner.exercise;

import java.time.Duration;

/**
 * How much of an exercise: {@code sets} of a range {@code low..high} whose unit depends on the
 * {@link DoseType} — reps for {@code REPS}, {@code REPS_PER_SIDE} and {@code ROUNDS}, seconds
 * for {@code HOLD} and {@code DURATION}. A single number is a range with {@code low == high}.
 *
 * <p>Bad values are refused here, with the field named, so that nothing deeper (rules, estimates,
 * reports) ever sees a negative set or a zero-second hold.
 */
public record Dose(DoseType type, int sets, int low, int high, boolean perSide) {

    public static final int MAX_SETS = 20;
    public static final int MAX_REPS = 100;
    public static final int MAX_SECONDS = 4 * 60 * 60;

    public Dose {
        if (type == null) {
            throw new IllegalArgumentException("dose type is required");
        }
        if (sets < 1 || sets > MAX_SETS) {
            throw new IllegalArgumentException("sets must be between 1 and " + MAX_SETS + ", was " + sets);
        }
        String unit = type.usesSeconds() ? "seconds" : "reps";
        int max = type.usesSeconds() ? MAX_SECONDS : MAX_REPS;
        if (low < 1 || low > max) {
            throw new IllegalArgumentException(unit + " must be between 1 and " + max + ", was " + low);
        }
        if (high < low || high > max) {
            throw new IllegalArgumentException(
                    "the upper end of " + unit + " must be between " + low + " and " + max + ", was " + high);
        }
        if (type == DoseType.REPS_PER_SIDE && !perSide) {
            throw new IllegalArgumentException("a per-side rep dose must be marked per side");
        }
    }

    public static Dose reps(int sets, int low, int high) {
        return new Dose(DoseType.REPS, sets, low, high, false);
    }

    public static Dose reps(int sets, int reps) {
        return reps(sets, reps, reps);
    }

    public static Dose repsPerSide(int sets, int low, int high) {
        return new Dose(DoseType.REPS_PER_SIDE, sets, low, high, true);
    }

    public static Dose hold(int sets, int lowSeconds, int highSeconds, boolean perSide) {
        return new Dose(DoseType.HOLD, sets, lowSeconds, highSeconds, perSide);
    }

    public static Dose rounds(int sets, int low, int high) {
        return new Dose(DoseType.ROUNDS, sets, low, high, false);
    }

    public static Dose duration(Duration low, Duration high) {
        return new Dose(DoseType.DURATION, 1, (int) low.toSeconds(), (int) high.toSeconds(), false);
    }

    public static Dose minutes(int low, int high) {
        return duration(Duration.ofMinutes(low), Duration.ofMinutes(high));
    }

    /** The same dose with another number of sets (used when a suggestion adds sets). */
    public Dose withSets(int newSets) {
        return new Dose(type, newSets, low, high, perSide);
    }
}
