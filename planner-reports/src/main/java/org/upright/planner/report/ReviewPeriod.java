package org.upright.planner.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

/**
 * The consecutive weeks a review covers: 4, 5 or 6 whole ISO weeks, Monday of the first to Sunday
 * of the last (domain §6).
 *
 * @param first the first week of the review
 * @param last the last week of the review (inclusive)
 */
public record ReviewPeriod(IsoWeek first, IsoWeek last) {

    public static final int MIN_WEEKS = 4;
    public static final int MAX_WEEKS = 6;

    public ReviewPeriod {
        Require.present(first, "period.first");
        Require.present(last, "period.last");
        long weeks = ChronoUnit.WEEKS.between(first.monday(), last.monday()) + 1;
        if (weeks < MIN_WEEKS || weeks > MAX_WEEKS) {
            throw new IllegalArgumentException("period must cover " + MIN_WEEKS + " to " + MAX_WEEKS + " weeks (was "
                    + first + " to " + last + ", " + weeks + " weeks)");
        }
    }

    /** The review of {@code weekCount} weeks that ends with {@code last}. */
    public static ReviewPeriod endingWith(IsoWeek last, int weekCount) {
        return new ReviewPeriod(last.plusWeeks(-(weekCount - 1L)), last);
    }

    public int weekCount() {
        return (int) ChronoUnit.WEEKS.between(first.monday(), last.monday()) + 1;
    }

    public LocalDate firstDay() {
        return first.monday();
    }

    public LocalDate lastDay() {
        return last.sunday();
    }

    /** The weeks in order, first to last. */
    public List<IsoWeek> weeks() {
        return Stream.iterate(first, w -> w.plusWeeks(1)).limit(weekCount()).toList();
    }
}
