package org.upright.planner.journal;

import java.time.LocalDate;

/**
 * One day of the pain journal: the mean of the day's check-ins before and after sessions, each
 * {@code null} when there was none — no check-in is not the same as no pain.
 */
public record DayPain(LocalDate date, Double before, Double after) {

    public boolean hasCheckIns() {
        return before != null || after != null;
    }
}
