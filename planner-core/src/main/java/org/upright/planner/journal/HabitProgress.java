package org.upright.planner.journal;

import java.time.LocalDate;
import java.util.List;

/**
 * How the current habit block is going.
 *
 * @param today the day the progress was worked out for
 * @param habits one entry per chosen habit, in the order chosen
 */
public record HabitProgress(HabitBlock block, LocalDate today, List<HabitStatus> habits) {

    public HabitProgress {
        habits = List.copyOf(habits);
    }

    /** Day 1 to 28 of the block. */
    public int dayOfBlock() {
        return (int) (today.toEpochDay() - block.startsOn().toEpochDay()) + 1;
    }

    /**
     * One habit's record in the block.
     *
     * @param tickedToday whether it is ticked for today
     * @param streak consecutive days ticked up to today (or up to yesterday while today is not
     *     ticked yet: the day is not over)
     * @param daysTicked days ticked in the block so far
     * @param ticked the days ticked, oldest first
     */
    public record HabitStatus(String habit, boolean tickedToday, int streak, int daysTicked, List<LocalDate> ticked) {
        public HabitStatus {
            ticked = List.copyOf(ticked);
        }
    }
}
