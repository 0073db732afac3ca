package org.upright.planner.review;

import java.time.LocalDate;
import org.upright.planner.common.LifterId;

/**
 * Where {@link ReviewService} reads a lifter's weeks from: the stored plans and what the journal
 * logged against them. The review package defines it and the journal implements it ({@code
 * journal.JournalReviewSources}): the journal builds on the review's value types ({@link
 * WeekRecord}, {@link SessionLog}, {@link HabitTick}), so the review cannot call the journal
 * directly without the two features depending on each other in a circle.
 *
 * <p>The lifter is marked {@link LifterId}: whoever calls, for every implementation, the caller
 * must be allowed to see the lifter before anything is read.
 */
public interface ReviewSources {

    /**
     * The lifter's weeks from {@code firstWeek} to {@code lastWeek} (both Mondays), one record per
     * week, oldest first; a week nobody planned comes as an empty plan. The red-flag checks and
     * professional clearances are every one on record, not only this period's: a flag raised before
     * the period and never cleared is still open.
     */
    ReviewRecords records(@LifterId long lifterId, LocalDate firstWeek, LocalDate lastWeek);
}
