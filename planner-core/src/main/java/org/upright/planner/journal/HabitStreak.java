package org.upright.planner.journal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * A habit's streak: the run of consecutive ticked days ending today. While today is not ticked
 * yet the run ending yesterday still counts — the day is not over, and a streak that drops to 0 at
 * breakfast would discourage rather than help. Days before {@code since} (the block's start) do
 * not count.
 */
public final class HabitStreak {

    private HabitStreak() {}

    public static int of(Collection<LocalDate> tickedDays, LocalDate today, LocalDate since) {
        Set<LocalDate> days = Set.copyOf(tickedDays);
        LocalDate day = days.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (!day.isBefore(since) && days.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }
}
