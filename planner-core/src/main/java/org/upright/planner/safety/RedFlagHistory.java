package org.upright.planner.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Replays red-flag checks and professional clearances in date order into episodes.
 *
 * <p>Rules, where the spec is silent:
 *
 * <ul>
 *   <li>Only a professional clearance closes a flag. A later checklist that leaves the flag unticked
 *       does not: the point of a red flag is that someone qualified has looked at it.
 *   <li>A clearance resolves every flag open on its date, including flags ticked that same day
 *       (the usual order is: tick the flag, see the doctor, record the clearance). Only dates are
 *       recorded, so on one date the checks are replayed before the clearances.
 *   <li>A flag ticked after a clearance opens a new episode.
 * </ul>
 */
public final class RedFlagHistory {

    private RedFlagHistory() {}

    /** Every episode, oldest first (then in the order of {@link RedFlag}). */
    public static List<RedFlagEpisode> episodes(
            Collection<RedFlagCheck> checks, Collection<ProfessionalClearance> clearances) {
        TreeMap<LocalDate, Day> days = new TreeMap<>();
        checks.forEach(check ->
                days.computeIfAbsent(check.date(), d -> new Day()).checks.add(check));
        clearances.forEach(clearance -> days.computeIfAbsent(clearance.date(), d -> new Day())
                .clearances
                .add(clearance));

        Map<RedFlag, RedFlagEpisode> open = new EnumMap<>(RedFlag.class);
        List<RedFlagEpisode> closed = new ArrayList<>();
        days.forEach((date, day) -> {
            for (RedFlagCheck check : day.checks) {
                for (RedFlag flag : check.flagged()) {
                    open.merge(
                            flag,
                            new RedFlagEpisode(flag, date, date, null),
                            (old, fresh) -> old.reportedAgainOn(date));
                }
            }
            if (!day.clearances.isEmpty()) {
                ProfessionalClearance clearance = day.clearances.getLast();
                open.values().forEach(episode -> closed.add(episode.clearedBy(clearance)));
                open.clear();
            }
        });
        List<RedFlagEpisode> all = new ArrayList<>(closed);
        all.addAll(open.values());
        all.sort(Comparator.comparing(RedFlagEpisode::raisedOn).thenComparing(RedFlagEpisode::flag));
        return List.copyOf(all);
    }

    /** The flags whose latest episode is still open. */
    public static Set<RedFlag> openFlags(List<RedFlagEpisode> episodes) {
        EnumSet<RedFlag> open = EnumSet.noneOf(RedFlag.class);
        episodes.stream().filter(RedFlagEpisode::isOpen).forEach(e -> open.add(e.flag()));
        return Set.copyOf(open);
    }

    private static final class Day {
        private final List<RedFlagCheck> checks = new ArrayList<>();
        private final List<ProfessionalClearance> clearances = new ArrayList<>();
    }
}
