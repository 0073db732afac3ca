package org.upright.planner.ui.review;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.upright.planner.report.ReviewPeriod;
import org.upright.planner.report.Trend;

/** How the review screen writes its numbers: like the PDF, short English, a dash for "no data". */
final class ReviewText {

    static final String NONE = "\u2013";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ReviewText() {}

    static String number(Double value) {
        return value == null
                ? NONE
                : new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
    }

    static String ratio(Double value) {
        return value == null
                ? NONE
                : new DecimalFormat("0.0#", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
    }

    static String percent(Integer value) {
        return value == null ? NONE : value + " %";
    }

    /** "5 → 3" over the period, or the one value when only one week has it. */
    static String trend(Trend trend, boolean ratio) {
        if (!trend.hasData()) {
            return NONE;
        }
        String last = ratio ? ratio(trend.last()) : number(trend.last());
        return trend.hasChange() ? (ratio ? ratio(trend.first()) : number(trend.first())) + " \u2192 " + last : last;
    }

    static String period(ReviewPeriod period) {
        return period.first() + " to " + period.last() + " \u00b7 " + DAY.format(period.firstDay()) + " \u2013 "
                + DAY.format(period.lastDay());
    }
}
