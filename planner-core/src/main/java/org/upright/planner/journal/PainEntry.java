package org.upright.planner.journal;

import java.time.LocalDate;
import org.upright.planner.safety.PainLocation;
import org.upright.planner.safety.PainTiming;

/**
 * A pain check-in as a form submits it. The score is boxed so that "not chosen yet" can be told
 * apart from 0 (no pain) and refused with a message at the field.
 *
 * @param location optional; {@code null} when not given
 * @param note optional; may be empty
 * @param sessionId optional: the planned session the reading was taken around
 */
public record PainEntry(
        LocalDate date, PainTiming timing, Integer score, PainLocation location, String note, String sessionId) {

    public static PainEntry of(LocalDate date, PainTiming timing, int score) {
        return new PainEntry(date, timing, score, null, "", null);
    }
}
