package org.upright.planner.safety;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Weeks in Upright are ISO weeks: Monday to Sunday. */
final class IsoWeeks {

    private IsoWeeks() {}

    static LocalDate startOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
