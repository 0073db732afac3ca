package org.upright.planner.safety;

import java.util.List;

/**
 * Pain rising week on week: the mean of the most recent week with pain readings is strictly higher
 * than the mean of the week with readings before it (before and after readings together, compared
 * exactly). Weeks without readings are skipped, so the comparison is always with the last week we
 * know about. Any rise counts, however small — the rule only holds progression back, and holding
 * back for a week costs little. Equal means are not a rise. Fewer than two weeks: no rise.
 */
public final class RisingPainRule {

    private RisingPainRule() {}

    public static boolean applies(List<WeeklyPain> weeks) {
        if (weeks.size() < 2) {
            return false;
        }
        WeeklyPain latest = weeks.getLast();
        WeeklyPain previous = weeks.get(weeks.size() - 2);
        return latest.all().meanAbove(previous.all());
    }
}
