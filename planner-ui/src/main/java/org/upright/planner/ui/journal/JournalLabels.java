package org.upright.planner.ui.journal;

import java.time.LocalDate;
import java.util.Arrays;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.journal.Habit;
import org.upright.planner.journal.LogStatus;
import org.upright.planner.report.Words;
import org.upright.planner.safety.PainLocation;
import org.upright.planner.ui.i18n.ReaderText;

/** Words for the journal's values, in the language of the person looking at the screen. */
final class JournalLabels {

    private JournalLabels() {}

    static String location(PainLocation location) {
        return ReaderText.label(location);
    }

    static String kind(SessionKind kind) {
        return ReaderText.label(kind);
    }

    static String status(LogStatus status) {
        return ReaderText.label(status);
    }

    /** "Mon 30 Nov", "Mo., 30. Nov.": the review's and the card's format, in the reader's language. */
    static String day(LocalDate date) {
        return Words.weekday(date, ReaderText.locale());
    }

    /**
     * A habit as the reader reads it. Habits are stored by their English label (ADR 0006), so a
     * guide habit is shown in the reader's language and one in the lifter's own words as written.
     */
    static String habit(String stored) {
        return Arrays.stream(Habit.values())
                .filter(h -> h.label().equals(stored))
                .findFirst()
                .map(h -> ReaderText.words("journal.habits.guide." + h.name()))
                .orElse(stored);
    }
}
