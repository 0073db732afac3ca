package org.upright.planner.balance;

/**
 * How hard a prescription should feel: a rate of perceived exertion (RPE) or a number of reps kept
 * in reserve (RiR). The rules do not use it; it is carried so that a suggestion or a review never
 * loses what the coach wrote.
 */
public sealed interface EffortTarget {

    /** RPE on the usual 1–10 scale; halves such as 7.5 are allowed. */
    record Rpe(double value) implements EffortTarget {
        public Rpe {
            if (!(value >= 1.0 && value <= 10.0)) {
                throw new IllegalArgumentException("RPE must be between 1 and 10, was " + value);
            }
        }
    }

    /** Reps in reserve: how many more reps could have been done, 0–10. */
    record RepsInReserve(int reps) implements EffortTarget {
        public RepsInReserve {
            if (reps < 0 || reps > 10) {
                throw new IllegalArgumentException("reps in reserve must be between 0 and 10, was " + reps);
            }
        }
    }

    static EffortTarget rpe(double value) {
        return new Rpe(value);
    }

    static EffortTarget repsInReserve(int reps) {
        return new RepsInReserve(reps);
    }
}
