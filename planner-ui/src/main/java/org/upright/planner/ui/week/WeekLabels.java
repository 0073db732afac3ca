package org.upright.planner.ui.week;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;
import org.upright.planner.plan.Weeks;

/** How weeks are named in URLs ("2026-W48") and on screen ("Week 48 · 23–29 Nov 2026"). */
public final class WeekLabels {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_NAME = DateTimeFormatter.ofPattern("EEE d", Locale.UK);

    private WeekLabels() {}

    public static String urlParameter(LocalDate weekStart) {
        return String.format(
                "%d-W%02d", weekStart.get(IsoFields.WEEK_BASED_YEAR), weekStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The Monday of an ISO week written like "2026-W48"; empty for anything else. */
    public static Optional<LocalDate> parse(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(parameter.strip() + "-1", DateTimeFormatter.ISO_WEEK_DATE))
                    .map(Weeks::startOf);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static String title(LocalDate weekStart) {
        LocalDate sunday = weekStart.plusDays(6);
        return "Week " + weekStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " · " + weekStart.format(DAY_MONTH) + " – "
                + sunday.format(DAY_MONTH_YEAR);
    }

    public static String day(LocalDate date) {
        return date.format(DAY_NAME);
    }
}
