package org.upright.planner.exercise;

/** How an exercise is dosed. */
public enum DoseType {
    /** Sets × reps, e.g. 3 × 8–12. */
    REPS,
    /** Sets × reps on each side, e.g. 1 × 10 per side. */
    REPS_PER_SIDE,
    /** Sets × seconds held (per side where the exercise is one-sided). */
    HOLD,
    /** Slow, controlled cycles, e.g. 8–12 rounds of cat-cow. */
    ROUNDS,
    /** Minutes (stored as seconds) of continuous work, e.g. 5 minutes of breathing. */
    DURATION;

    /** Whether the dose's range counts seconds rather than repetitions. */
    public boolean usesSeconds() {
        return this == HOLD || this == DURATION;
    }
}
