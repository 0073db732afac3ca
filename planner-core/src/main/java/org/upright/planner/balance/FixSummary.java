package org.upright.planner.balance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link FixPlan} does, session by session, in short lines a lifter can check before saying
 * yes: "Monday “Push”: +4 sets of Resistance band row", "Wednesday “Upper”: 2 sets of Incline press
 * swapped for pulling", "Tuesday: a new 16-minute “Mobility and breathing” session". Worked out from
 * the week before and after, so it says what will change whichever rule asked for it.
 */
public final class FixSummary {

    private FixSummary() {}

    /** One line per session that changes or is new, in plan order; empty when nothing changes. */
    public static List<String> of(FixPlan plan) {
        Map<String, Session> before = new HashMap<>();
        plan.before().sessions().forEach(s -> before.put(s.id(), s));
        List<String> lines = new ArrayList<>();
        for (PlanDay day : plan.after().days()) {
            for (Session session : day.sessions()) {
                Session was = before.get(session.id());
                if (was == null) {
                    lines.add(newSession(day.date(), session));
                } else {
                    changes(day.date(), was, session).ifPresent(lines::add);
                }
            }
        }
        return lines;
    }

    private static String newSession(LocalDate date, Session session) {
        long minutes = Math.round(DurationEstimate.seconds(session) / 60.0);
        String text = Wording.day(date) + ": a new " + minutes + "-minute “" + session.title() + "” session";
        List<String> work = new ArrayList<>();
        for (Block block : session.blocks()) {
            if (block.type().holdsWorkingSets()) {
                for (Prescription p : block.prescriptions()) {
                    if (SessionFacts.countsAsStrength(p.exercise())) {
                        work.add(p.exercise().name() + " " + p.dose().describe());
                    }
                }
            }
        }
        return work.isEmpty() ? text : text + " (" + String.join(", ", work) + ")";
    }

    private static java.util.Optional<String> changes(LocalDate date, Session was, Session now) {
        Map<String, Prescription> old = new HashMap<>();
        was.prescriptions().forEach(p -> old.put(p.id(), p));
        List<String> more = new ArrayList<>();
        List<String> fewer = new ArrayList<>();
        List<String> warmUp = new ArrayList<>();
        List<String> coolDown = new ArrayList<>();
        for (Block block : now.blocks()) {
            for (Prescription p : block.prescriptions()) {
                Prescription before = old.get(p.id());
                int added =
                        p.dose().sets() - (before == null ? 0 : before.dose().sets());
                if (before == null && !block.type().holdsWorkingSets()) {
                    (block.type() == BlockType.WARM_UP ? warmUp : coolDown)
                            .add(p.exercise().name());
                } else if (added > 0) {
                    more.add("+" + Wording.plural(added, "set", "sets") + " of "
                            + p.exercise().name());
                } else if (added < 0) {
                    fewer.add(Wording.plural(-added, "set", "sets") + " of "
                            + p.exercise().name());
                }
            }
        }
        List<String> parts = new ArrayList<>(more);
        if (!fewer.isEmpty()) {
            parts.add(String.join(" and ", fewer) + (more.isEmpty() ? " trimmed" : " swapped for pulling"));
        }
        if (!warmUp.isEmpty()) {
            parts.add(String.join(" and ", warmUp) + " to warm up");
        }
        if (!coolDown.isEmpty()) {
            parts.add(String.join(" and ", coolDown) + " to cool down");
        }
        if (parts.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Wording.day(date) + " “" + now.title() + "”: " + String.join(", ", parts));
    }
}
