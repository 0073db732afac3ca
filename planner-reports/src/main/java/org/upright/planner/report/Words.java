package org.upright.planner.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the review writes numbers, dates and ratios: English, short, and the same everywhere. */
final class Words {

    /** Printed where a week has no value; never a zero that did not happen. */
    static final String NONE = "\u2013";

    static final String EN_DASH = "\u2013";
    static final String ARROW = "\u2192";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private Words() {}

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String dayMonth(LocalDate date) {
        return DAY_MONTH.format(date);
    }

    /** For example "2026-W14 to 2026-W19 (30 Mar 2026 – 10 May 2026)". */
    static String period(ReviewPeriod period) {
        return period.first() + " to " + period.last() + " (" + day(period.firstDay()) + " " + EN_DASH + " "
                + day(period.lastDay()) + ")";
    }

    /** At most one decimal: 2, 2.5. DecimalFormat is not thread-safe, hence a new one per call. */
    static String number(double value) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
    }

    static String number(Double value) {
        return value == null ? NONE : number(value.doubleValue());
    }

    static String percent(Integer value) {
        return value == null ? NONE : value + "%";
    }

    static String count(Integer value) {
        return value == null ? NONE : value.toString();
    }

    static String twoPlaces(double value) {
        return new DecimalFormat("0.0#", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
