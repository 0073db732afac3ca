package org.upright.planner.balance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helper: the counts the coordinated-fix tests compare before and after a click. */
final class WeekChecks {

    private WeekChecks() {}

    /** Working sets (main and accessory blocks) of every session, by session id, in plan order. */
    static Map<String, Integer> workingSetsBySession(WeekPlan week) {
        Map<String, Integer> sets = new LinkedHashMap<>();
        week.sessions().forEach(s -> sets.put(s.id(), workingSets(s)));
        return sets;
    }

    static int workingSets(Session session) {
        return session.blocks().stream()
                .filter(b -> b.type().holdsWorkingSets())
                .flatMap(b -> b.prescriptions().stream())
                .mapToInt(p -> p.dose().sets())
                .sum();
    }

    /**
     * The week in one line per session — day, title, then each line as "slug sets" by block — so
     * that a failing comparison reads like a plan, not like a dump of records.
     */
    static String outline(WeekPlan week) {
        StringBuilder text = new StringBuilder();
        for (PlanDay day : week.days()) {
            for (Session s : day.sessions()) {
                text.append(day.date().getDayOfWeek())
                        .append(' ')
                        .append(s.title())
                        .append(':');
                for (Block b : s.blocks()) {
                    text.append(' ').append(b.type()).append('[');
                    text.append(String.join(
                            ", ",
                            b.prescriptions().stream()
                                    .map(p ->
                                            p.exercise().slug() + " " + p.dose().sets())
                                    .toList()));
                    text.append(']');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** "session: exercise" for every exercise that has more than one line in a session. */
    static List<String> duplicateLines(WeekPlan week) {
        List<String> duplicates = new ArrayList<>();
        week.sessions().forEach(s -> {
            Map<String, Integer> lines = new HashMap<>();
            s.prescriptions().forEach(p -> lines.merge(p.exercise().slug(), 1, Integer::sum));
            lines.forEach((slug, n) -> {
                if (n > 1) {
                    duplicates.add(s.id() + ": " + slug + " ×" + n);
                }
            });
        });
        return duplicates;
    }
}
