package org.upright.planner.safety;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Planned and completed sessions in one ISO week, as the journal counts them. Completed sessions
 * beyond the plan (unplanned extras) are kept but never raise adherence above 100 %: extra work
 * on Sunday does not make up for the sessions skipped during the week.
 *
 * @param weekStart the Monday the week starts on
 */
public record WeeklyAdherence(LocalDate weekStart, int planned, int completed) {

    public static final int MAX_SESSIONS = 100;

    public WeeklyAdherence {
        Objects.requireNonNull(weekStart, "weekStart is required");
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(
                    "weekStart must be a Monday, was " + weekStart + " (" + weekStart.getDayOfWeek() + ")");
        }
        if (planned < 0 || planned > MAX_SESSIONS) {
            throw new IllegalArgumentException("planned must be between 0 and " + MAX_SESSIONS + ", was " + planned);
        }
        if (completed < 0 || completed > MAX_SESSIONS) {
            throw new IllegalArgumentException(
                    "completed must be between 0 and " + MAX_SESSIONS + ", was " + completed);
        }
    }

    /** Completed sessions that count toward adherence: at most the planned number. */
    public int completedOfPlanned() {
        return Math.min(completed, planned);
    }

    /** Share of planned sessions done, 0.0–1.0; 0.0 when nothing was planned. */
    public double adherence() {
        return planned == 0 ? 0.0 : (double) completedOfPlanned() / planned;
    }
}
