package org.upright.planner.journal;

import java.time.LocalDate;
import java.util.List;

/**
 * The details of a planned session marked done, all optional but the date.
 *
 * @param date the day it was done; must fall in the session's plan week and not in the future
 * @param sessionRpe how hard it felt overall, 1–10; {@code null} when not given
 * @param actuals what was actually done, per prescription (only the lines the lifter filled in)
 * @param note anything worth remembering; may be empty
 */
public record DoneDetails(LocalDate date, Integer sessionRpe, List<ActualSet> actuals, String note) {

    public DoneDetails {
        actuals = actuals == null ? List.of() : List.copyOf(actuals);
        note = note == null ? "" : note.strip();
    }

    public static DoneDetails asPlanned(LocalDate date) {
        return new DoneDetails(date, null, List.of(), "");
    }
}
