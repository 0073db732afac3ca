package org.upright.planner.ui.journal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.journal.LogStatus;
import org.upright.planner.safety.PainLocation;
import org.upright.planner.ui.i18n.ReaderText;

/** Words for the journal's values. */
final class JournalLabels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

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

    static String day(LocalDate date) {
        return DAY.format(date);
    }
}
