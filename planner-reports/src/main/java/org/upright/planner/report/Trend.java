package org.upright.planner.report;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A value at the start and at the end of the period: the first and the last week that have the
 * value. Weeks without data are skipped, so a trend never starts or ends on a made-up zero.
 *
 * @param first the value in the first week that has one; {@code null} when no week has one
 * @param last the value in the last week that has one; {@code null} when no week has one
 * @param weeksWithData how many weeks have the value
 */
public record Trend(Double first, Double last, int weeksWithData) {

    public Trend {
        if ((first == null) != (last == null) || (first == null) != (weeksWithData == 0)) {
            throw new IllegalArgumentException("trend needs both ends or neither");
        }
    }

    public static <T extends Number> Trend over(List<WeekRow> weeks, Function<WeekRow, T> value) {
        List<Double> present = weeks.stream()
                .map(value)
                .filter(Objects::nonNull)
                .map(Number::doubleValue)
                .toList();
        return present.isEmpty()
                ? new Trend(null, null, 0)
                : new Trend(present.getFirst(), present.getLast(), present.size());
    }

    public boolean hasData() {
        return weeksWithData > 0;
    }

    /** Both ends come from different weeks, so a change can be shown. */
    public boolean hasChange() {
        return weeksWithData >= 2;
    }

    /** last − first; 0 when there is no data. */
    public double change() {
        return hasData() ? last - first : 0;
    }
}
