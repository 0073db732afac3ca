package org.upright.planner.journal;

import java.time.LocalDate;
import org.upright.planner.safety.PainLocation;
import org.upright.planner.safety.PainReading;
import org.upright.planner.safety.PainTiming;

/**
 * A stored pain check-in.
 *
 * @param location {@code null} when the lifter did not say
 * @param sessionId the planned session it was taken around, if the lifter said; may be null
 */
public record PainCheckIn(
        long id, LocalDate date, PainTiming timing, int score, PainLocation location, String note, String sessionId) {

    /** The reading as the safety rules and the review see it. */
    public PainReading reading() {
        return new PainReading(date, timing, score, location, note);
    }
}
