package org.upright.planner.balance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.upright.planner.common.Text;
import org.upright.planner.exercise.Exercise;
import org.upright.planner.exercise.MovementPattern;

/**
 * Pressing sets a fix takes out to make room for pulling without a jump in volume (domain §3,
 * "Coordinated fixes": swap press sets for pull sets, or trim pressing). One set at a time, from
 * the pressing line with the most sets left — in the session that gets the pulling when it has one,
 * so the swap keeps that session as long as it was — and never below the line's floor
 * ({@link FixBudget#trimFloor}). Lines that also pull are left alone: trimming them would take from
 * both sides of the ratio.
 */
final class PressTrims {

    /** One pressing line and the sets planned for it so far. */
    private static final class Trim {
        final SessionFacts session;
        final Prescription line;
        final int floor;
        int sets;

        Trim(SessionFacts session, Prescription line, int floor) {
            this.session = session;
            this.line = line;
            this.floor = floor;
            this.sets = line.dose().sets();
        }
    }

    private final List<Trim> lines = new ArrayList<>();

    PressTrims(RuleContext context) {
        for (SessionFacts s : context.facts().sessions()) {
            for (Block block : s.session().blocks()) {
                if (!block.type().holdsWorkingSets()) {
                    continue;
                }
                for (Prescription p : block.prescriptions()) {
                    Exercise e = p.exercise();
                    if (SessionFacts.pushWeight(e) > 0 && SessionFacts.pullWeight(e) == 0) {
                        lines.add(new Trim(s, p, context.budget().trimFloor(p)));
                    }
                }
            }
        }
    }

    /**
     * Takes one set off the best pressing line, preferring session {@code sessionId} (may be
     * {@code null}), and returns the line's exercise; empty when every line is at its floor.
     */
    Optional<Exercise> trimOne(String sessionId) {
        Trim best = null;
        for (Trim t : lines) {
            if (t.sets <= t.floor) {
                continue;
            }
            if (best == null || better(t, best, sessionId)) {
                best = t;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        best.sets--;
        return Optional.of(best.line.exercise());
    }

    private static boolean better(Trim a, Trim b, String sessionId) {
        boolean aHere = a.session.session().id().equals(sessionId);
        boolean bHere = b.session.session().id().equals(sessionId);
        if (aHere != bHere) {
            return aHere;
        }
        return a.sets > b.sets;
    }

    /** What one trimmed set of {@code e} takes off push and off horizontal push. */
    static double push(Exercise e) {
        return SessionFacts.pushWeight(e);
    }

    static double horizontalPush(Exercise e) {
        return e.weightFor(MovementPattern.HORIZONTAL_PUSH);
    }

    /** How many more sets could be trimmed in all. */
    int trimmable() {
        return lines.stream().mapToInt(t -> t.sets - t.floor).sum();
    }

    /** One edit per trimmed line, in plan order. */
    List<Suggestion> suggestions(Text why) {
        Map<String, Suggestion> byLine = new LinkedHashMap<>();
        for (Trim t : lines) {
            int from = t.line.dose().sets();
            if (t.sets < from) {
                byLine.put(
                        t.line.id(),
                        new Suggestion.ChangeSets(
                                t.session.session().id(),
                                t.line.id(),
                                from,
                                t.sets,
                                Text.of(
                                        "domain.balance.trim",
                                        t.line.exercise().name(),
                                        Wording.session(t.session.session(), t.session.date()),
                                        from,
                                        t.sets,
                                        why)));
            }
        }
        return List.copyOf(byLine.values());
    }
}
