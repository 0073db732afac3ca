package org.upright.planner.safety;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Groups pain readings into ISO weeks, oldest first. Weeks without readings are left out: a week
 * with no check-in has no mean, rather than a mean of zero.
 */
public final class PainWeeks {

    private PainWeeks() {}

    public static List<WeeklyPain> of(Collection<PainReading> readings) {
        TreeMap<LocalDate, WeeklyPain> weeks = new TreeMap<>();
        for (PainReading reading : readings) {
            weeks.compute(
                    reading.weekStart(),
                    (week, soFar) -> (soFar == null ? WeeklyPain.empty(week) : soFar).add(reading));
        }
        return List.copyOf(weeks.values());
    }

    /** The most recent week with readings. */
    public static Optional<WeeklyPain> latest(List<WeeklyPain> weeks) {
        return weeks.isEmpty() ? Optional.empty() : Optional.of(weeks.getLast());
    }
}
