package org.upright.planner.balance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Picks days for new work, spreading it out when the rule asks for non-consecutive days. */
final class DayPicker {

    private DayPicker() {}

    /**
     * Up to {@code count} days from {@code candidates} (already in order of preference). First pass:
     * only days not next to a covered or already picked day; second pass: the rest, in order, for
     * when the week is too full to spread (a target of five days cannot avoid neighbours).
     */
    static List<LocalDate> spread(List<LocalDate> candidates, Collection<LocalDate> covered, int count) {
        List<LocalDate> picked = new ArrayList<>();
        for (LocalDate day : candidates) {
            if (picked.size() == count) {
                break;
            }
            if (!nextTo(day, covered) && !nextTo(day, picked)) {
                picked.add(day);
            }
        }
        for (LocalDate day : candidates) {
            if (picked.size() == count) {
                break;
            }
            if (!picked.contains(day)) {
                picked.add(day);
            }
        }
        picked.sort(null);
        return picked;
    }

    private static boolean nextTo(LocalDate day, Collection<LocalDate> others) {
        return others.contains(day.minusDays(1)) || others.contains(day.plusDays(1));
    }
}
