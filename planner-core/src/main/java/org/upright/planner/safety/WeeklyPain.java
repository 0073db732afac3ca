package org.upright.planner.safety;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Pain readings of one ISO week. {@link #all()} — before- and after-session readings together — is
 * what the safety rules use as "the weekly mean": a lifter's pain is their pain whether it was
 * noted before or after training, and using every reading makes the mean steadier and harder to
 * miss. Before and after are kept apart as well for the review's charts.
 */
public record WeeklyPain(LocalDate weekStart, PainTally all, PainTally before, PainTally after) {

    public WeeklyPain {
        Objects.requireNonNull(weekStart, "weekStart is required");
        Objects.requireNonNull(all, "all is required");
        Objects.requireNonNull(before, "before is required");
        Objects.requireNonNull(after, "after is required");
    }

    static WeeklyPain empty(LocalDate weekStart) {
        return new WeeklyPain(weekStart, PainTally.EMPTY, PainTally.EMPTY, PainTally.EMPTY);
    }

    WeeklyPain add(PainReading reading) {
        PainTally newBefore = reading.timing() == PainTiming.BEFORE ? before.add(reading.score()) : before;
        PainTally newAfter = reading.timing() == PainTiming.AFTER ? after.add(reading.score()) : after;
        return new WeeklyPain(weekStart, all.add(reading.score()), newBefore, newAfter);
    }

    /** The weekly mean the safety rules use: every reading of the week, before and after. */
    public double mean() {
        return all.mean();
    }
}
