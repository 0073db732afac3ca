package org.upright.planner.ui.week;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;
import org.upright.planner.common.Texts;
import org.upright.planner.plan.Weeks;
import org.upright.planner.report.Words;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * How weeks are named in URLs ("2026-W48", the same for everyone) and on screen, in the viewer's
 * language and notation ("Week 48 · 23 Nov – 29 Nov 2026", "KW 48 · 23. Nov. – 29. Nov. 2026"); the
 * dates are written as the review and its PDF write them ({@link Words}).
 */
public final class WeekLabels {

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

    /** The week's heading in the current UI's language. */
    public static String title(LocalDate weekStart) {
        return title(weekStart, ReaderText.locale());
    }

    public static String title(LocalDate weekStart, Locale locale) {
        return Texts.render(
                locale,
                "planner.week.title",
                Integer.toString(weekStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                Words.dayMonth(weekStart, locale),
                Words.day(weekStart.plusDays(6), locale));
    }

    /** A day of the week on screen ("Mon 23", "Mo., 23.") in the current UI's language. */
    public static String day(LocalDate date) {
        return day(date, ReaderText.locale());
    }

    public static String day(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern(Texts.render(locale, "planner.format.weekdayDay"), Texts.supported(locale))
                .format(date);
    }
}
