package org.upright.planner.journal;

import java.time.LocalDate;
import java.util.List;

/**
 * Up to two habits for a four-week block.
 *
 * @param version the version a change of habits must name
 * @param endsOn the last day of the block, {@value #DAYS} days after it started unless a new block
 *     ended it early
 */
public record HabitBlock(long id, long version, LocalDate startsOn, LocalDate endsOn, List<String> habits) {

    public static final int DAYS = 28;
    public static final int MAX_HABITS = 2;
    /** The version to name when there is no current block. */
    public static final long NONE = -1;

    public HabitBlock {
        habits = List.copyOf(habits);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }
}
