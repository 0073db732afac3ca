package org.upright.planner.review;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.upright.planner.balance.Finding;
import org.upright.planner.balance.PullSets;
import org.upright.planner.balance.SuggestionApplier;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.common.Labels;
import org.upright.planner.common.Text;

/**
 * The push:pull fix for a week in one short sentence — "Add about 12 pull sets across Monday,
 * Wednesday and Friday." — rather than a list of every edit. Worked out from what the fix does to
 * the week (pull sets per day before and after applying it), not from how the rule phrases its
 * edits, so it stays right however the rule builds them.
 */
final class RebalanceSummary {

    private RebalanceSummary() {}

    /** The sentence, or empty when the fix adds no pulling (a full week, say). */
    static Optional<Text> of(WeekPlan week, Finding pushPull) {
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
        String key =
                days.size() == 1 ? "domain.advice.REBALANCE.addSetsOnDay" : "domain.advice.REBALANCE.addSetsAcrossDays";
        return Optional.of(new Text(key, List.of(sets, listed(days))));
    }

    /** "Monday", "Monday and Friday", "Monday, Wednesday and Friday", in the reader's language. */
    static Object listed(List<DayOfWeek> days) {
        List<Text> names = days.stream().map(Labels::dayInSentence).toList();
        if (names.size() == 1) {
            return names.getFirst();
        }
        Object text = Text.of("domain.list.2", names.get(names.size() - 2), names.getLast());
        for (int i = names.size() - 3; i >= 0; i--) {
            text = Text.of("domain.list.more", names.get(i), text);
        }
        return text;
    }
}
