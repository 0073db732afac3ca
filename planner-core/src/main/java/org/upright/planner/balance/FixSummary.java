package org.upright.planner.balance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.upright.planner.common.Labels;
import org.upright.planner.common.Quantities;
import org.upright.planner.common.Text;

/**
 * What a {@link FixPlan} does, session by session, in short lines a lifter can check before saying
 * yes: "Monday “Push”: +4 sets of Resistance band row", "Wednesday “Upper”: 2 sets of Incline press
 * swapped for pulling", "Tuesday: a new 16-minute “Mobility and breathing” session". Worked out from
 * the week before and after, so it says what will change whichever rule asked for it. Each line is
 * a {@link Text} the edge renders in the reader's language.
 */
public final class FixSummary {

    private FixSummary() {}

    /** One line per session that changes or is new, in plan order; empty when nothing changes. */
    public static List<Text> of(FixPlan plan) {
        Map<String, Session> before = new HashMap<>();
        plan.before().sessions().forEach(s -> before.put(s.id(), s));
        List<Text> lines = new ArrayList<>();
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

    private static Text newSession(LocalDate date, Session session) {
        long minutes = Math.round(DurationEstimate.seconds(session) / 60.0);
        Text day = Labels.of(date.getDayOfWeek());
        List<Text> work = new ArrayList<>();
        for (Block block : session.blocks()) {
            if (block.type().holdsWorkingSets()) {
                for (Prescription p : block.prescriptions()) {
                    if (SessionFacts.countsAsStrength(p.exercise())) {
                        work.add(Text.of(
                                "domain.fix.work", p.exercise().name(), p.dose().text()));
                    }
                }
            }
        }
        return work.isEmpty()
                ? Text.of("domain.fix.newSession", day, minutes, session.title())
                : Text.of("domain.fix.newSessionWithWork", day, minutes, session.title(), Wording.commas(work));
    }

    private static Optional<Text> changes(LocalDate date, Session was, Session now) {
        Map<String, Prescription> old = new HashMap<>();
        was.prescriptions().forEach(p -> old.put(p.id(), p));
        List<Text> more = new ArrayList<>();
        List<Text> fewer = new ArrayList<>();
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
                    more.add(Text.of(
                            "domain.fix.more",
                            Quantities.sets(added),
                            p.exercise().name()));
                } else if (added < 0) {
                    fewer.add(Text.of(
                            "domain.fix.fewer",
                            Quantities.sets(-added),
                            p.exercise().name()));
                }
            }
        }
        List<Object> parts = new ArrayList<>(more);
        if (!fewer.isEmpty()) {
            parts.add(Text.of(more.isEmpty() ? "domain.fix.trimmed" : "domain.fix.swapped", Wording.and(fewer)));
        }
        if (!warmUp.isEmpty()) {
            parts.add(Text.of("domain.fix.warmUp", Wording.and(warmUp)));
        }
        if (!coolDown.isEmpty()) {
            parts.add(Text.of("domain.fix.coolDown", Wording.and(coolDown)));
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                Text.of("domain.fix.changes", Labels.of(date.getDayOfWeek()), now.title(), Wording.commas(parts)));
    }
}
