package org.upright.planner.ui.journal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.journal.LogStatus;
import org.upright.planner.safety.PainLocation;

/** Words for the journal's values. */
final class JournalLabels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private JournalLabels() {}

    static String location(PainLocation location) {
        return switch (location) {
            case BETWEEN_SHOULDER_BLADES -> "Between the shoulder blades";
            case NECK -> "Neck";
            case MID_BACK -> "Mid-back";
            case LOWER_BACK -> "Lower back";
        };
    }

    static String kind(SessionKind kind) {
        return switch (kind) {
            case STRENGTH -> "Strength";
            case MOBILITY -> "Mobility";
            case BACK_CARE_ROUTINE -> "Back-care routine";
            case CONDITIONING -> "Conditioning";
            case RECOVERY -> "Recovery";
        };
    }

    static String status(LogStatus status) {
        return switch (status) {
            case DONE -> "Done";
            case SKIPPED -> "Skipped";
            case UNPLANNED -> "Extra";
        };
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }
}
