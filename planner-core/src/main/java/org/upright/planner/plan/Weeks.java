package org.upright.planner.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Plans run in ISO weeks, Monday to Sunday. */
public final class Weeks {

    private Weeks() {}

    /** The Monday of the week {@code day} falls in. */
    public static LocalDate startOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
