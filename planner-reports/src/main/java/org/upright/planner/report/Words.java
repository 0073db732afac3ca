package org.upright.planner.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.upright.planner.review.ReviewFormat;

/**
 * How the review writes numbers, dates and ratios: English, short, and the same everywhere — the
 * PDF and the review screen both write through here, so they cannot drift apart.
 */
public final class Words {

    /** Printed where a week has no value; never a zero that did not happen. */
    public static final String NONE = "\u2013";

    static final String EN_DASH = "\u2013";
    static final String ARROW = "\u2192";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private Words() {}

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    public static String dayMonth(LocalDate date) {
        return DAY_MONTH.format(date);
    }

    /** For example "2026-W14 to 2026-W19 (30 Mar 2026 – 10 May 2026)". */
    public static String period(ReviewPeriod period) {
        return period.first() + " to " + period.last() + " (" + day(period.firstDay()) + " " + EN_DASH + " "
                + day(period.lastDay()) + ")";
    }

    /** At most one decimal: 2, 2.5. DecimalFormat is not thread-safe, hence a new one per call. */
    public static String number(double value) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
    }

    public static String number(Double value) {
        return value == null ? NONE : number(value.doubleValue());
    }

    public static String percent(Integer value) {
        return value == null ? NONE : ReviewFormat.percent(value);
    }

    public static String count(Integer value) {
        return value == null ? NONE : value.toString();
    }

    /** A ratio with at most two decimals, or {@link #NONE}. */
    public static String ratio(Double value) {
        return value == null ? NONE : twoPlaces(value);
    }

    /** "5 → 3" over the period, the one value when only one week has it, or {@link #NONE}. */
    public static String trend(Trend trend, boolean twoPlaces) {
        if (!trend.hasData()) {
            return NONE;
        }
        String first = twoPlaces ? twoPlaces(trend.first()) : number(trend.first());
        String last = twoPlaces ? twoPlaces(trend.last()) : number(trend.last());
        return trend.hasChange() ? first + " " + ARROW + " " + last : last;
    }

    public static String twoPlaces(double value) {
        return new DecimalFormat("0.0#", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
    }

    public static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
