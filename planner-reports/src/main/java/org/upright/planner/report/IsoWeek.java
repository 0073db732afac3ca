package org.upright.planner.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week such as {@code 2026-W14}: weeks start on Monday and week 1 is the week with the
 * year's first Thursday. The week-based year can differ from the calendar year of some of its days
 * (2026-W01 starts on Monday 29 December 2025).
 *
 * @param weekBasedYear the ISO week-based year
 * @param week the week number, 1 to 52 or 53
 */
public record IsoWeek(int weekBasedYear, int week) implements Comparable<IsoWeek> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        Require.between(weekBasedYear, 1900, 9999, "weekBasedYear");
        int weeksInYear = (int) LocalDate.of(weekBasedYear, 6, 1)
                .range(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                .getMaximum();
        Require.between(week, 1, weeksInYear, "week of " + weekBasedYear);
    }

    /** The week a day falls in. */
    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Reads the ISO text form, for example {@code 2026-W14}. */
    public static IsoWeek parse(String text) {
        Matcher m = TEXT.matcher(Require.present(text, "week"));
        if (!m.matches()) {
            throw new IllegalArgumentException("week must look like 2026-W14 (was '" + text + "')");
        }
        return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public LocalDate monday() {
        return LocalDate.of(weekBasedYear, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(DayOfWeek.MONDAY);
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public IsoWeek plusWeeks(long weeks) {
        return of(monday().plusWeeks(weeks));
    }

    /** Short label for charts and table headers, for example {@code W14}. */
    public String shortLabel() {
        return "W%02d".formatted(week);
    }

    @Override
    public int compareTo(IsoWeek other) {
        return weekBasedYear != other.weekBasedYear
                ? Integer.compare(weekBasedYear, other.weekBasedYear)
                : Integer.compare(week, other.week);
    }

    /** The ISO text form, for example {@code 2026-W14}. */
    @Override
    public String toString() {
        return "%04d-W%02d".formatted(weekBasedYear, week);
    }
}
