package org.upright.planner.review;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a client's next review is due.
 *
 * @param weeks the rhythm: a review every 4, 5 or 6 weeks
 * @param lastSent the day the last review was sent, if one was
 * @param nextLastWeek the Monday of the last week the next review covers; empty while there is
 *     nothing to review yet (no coaching, no plan)
 * @param due whether that week is complete: the review can be made and sent now
 */
public record ReviewSchedule(int weeks, Optional<LocalDate> lastSent, Optional<LocalDate> nextLastWeek, boolean due) {

    /** The rhythm of a client whose coach never chose one: the shortest review. */
    public static final int DEFAULT_WEEKS = ReviewPeriod.MIN_WEEKS;
}
