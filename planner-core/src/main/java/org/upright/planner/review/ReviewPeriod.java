package org.upright.planner.review;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** Which weeks a review covers: 4, 5 or 6 consecutive ISO weeks ending with a chosen week. */
public final class ReviewPeriod {

    public static final int MIN_WEEKS = 4;
    public static final int MAX_WEEKS = 6;

    private ReviewPeriod() {}

    /**
     * The default end of a review: the last week that is over by {@code today}. On a Sunday the
     * current week is not complete yet (the day is not over), so it is the week before.
     */
    public static LocalDate lastCompleteWeek(LocalDate today) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
    }

    /** The Mondays of the {@code count} weeks ending with the week starting {@code endWeek}, oldest first. */
    public static List<LocalDate> weeksEndingWith(LocalDate endWeek, int count) {
        requireCount(count);
        if (endWeek.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("the review's last week must start on a Monday, was " + endWeek);
        }
        return endWeek.minusWeeks(count - 1L)
                .datesUntil(endWeek.plusDays(1), Period.ofWeeks(1))
                .toList();
    }

    static void requireCount(int count) {
        if (count < MIN_WEEKS || count > MAX_WEEKS) {
            throw new IllegalArgumentException(
                    "a review covers 4, 5 or 6 consecutive weeks, was " + count + " week" + (count == 1 ? "" : "s"));
        }
    }
}
