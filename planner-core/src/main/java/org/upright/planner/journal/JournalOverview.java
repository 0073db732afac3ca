package org.upright.planner.journal;

import java.time.LocalDate;
import java.util.List;
import org.upright.planner.safety.WeeklyAdherence;

/**
 * The journal screen's view of the last few weeks.
 *
 * @param from the Monday the overview starts on
 * @param to today
 * @param days every day from {@code from} to {@code to}, oldest first
 * @param adherence planned and done sessions per week, oldest first (sessions still ahead in the
 *     current week are not counted as planned yet)
 * @param notes every note written in the period, newest first
 */
public record JournalOverview(
        LocalDate from, LocalDate to, List<DayPain> days, List<WeeklyAdherence> adherence, List<JournalNote> notes) {

    public static final int MIN_WEEKS = 2;
    public static final int MAX_WEEKS = 4;

    public JournalOverview {
        days = List.copyOf(days);
        adherence = List.copyOf(adherence);
        notes = List.copyOf(notes);
    }

    public boolean hasCheckIns() {
        return days.stream().anyMatch(DayPain::hasCheckIns);
    }
}
