package org.upright.planner.review;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.upright.planner.balance.Finding;
import org.upright.planner.balance.PullSets;
import org.upright.planner.balance.SuggestionApplier;
import org.upright.planner.balance.WeekPlan;

/**
 * The push:pull fix for a week in one short sentence — "Add about 12 pull sets across Monday,
 * Wednesday and Friday." — rather than a list of every edit. Worked out from what the fix does to
 * the week (pull sets per day before and after applying it), not from how the rule phrases its
 * edits, so it stays right however the rule builds them.
 */
final class RebalanceSummary {

    private RebalanceSummary() {}

    /** The sentence, or empty when the fix adds no pulling (a full week, say). */
    static Optional<String> of(WeekPlan week, Finding pushPull) {
        WeekPlan fixed;
        try {
            fixed = SuggestionApplier.applyAll(week, pushPull);
        } catch (IllegalArgumentException doesNotFit) {
            return Optional.empty();
        }
        Map<LocalDate, Double> before = PullSets.perDay(week);
        Map<LocalDate, Double> after = PullSets.perDay(fixed);
        double added = 0;
        List<DayOfWeek> days = new ArrayList<>();
        for (Map.Entry<LocalDate, Double> day : after.entrySet()) {
            double more = day.getValue() - before.getOrDefault(day.getKey(), 0.0);
            if (more > 0) {
                added += more;
                days.add(day.getKey().getDayOfWeek());
            }
        }
        long sets = Math.round(added);
        if (sets == 0) {
            return Optional.empty();
        }
        return Optional.of("Add about " + sets + (sets == 1 ? " pull set" : " pull sets")
                + (days.size() == 1 ? " on " : " across ") + listed(days) + ".");
    }

    /** "Monday", "Monday and Friday", "Monday, Wednesday and Friday". */
    static String listed(List<DayOfWeek> days) {
        List<String> names = days.stream()
                .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .toList();
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}
