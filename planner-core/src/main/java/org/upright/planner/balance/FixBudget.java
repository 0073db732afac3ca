package org.upright.planner.balance;

import java.util.HashMap;
import java.util.Map;

/**
 * The limits one click of "Apply" or "Apply all" works within (domain §3, "Coordinated fixes"),
 * measured against the week as it was when the click started, so that re-evaluating the working
 * copy halfway through does not reset them:
 *
 * <ul>
 *   <li>at most {@value #MAX_ADDED_SETS_PER_SESSION} working sets added to any one session across
 *       all rules (a session the click creates counts all of its working sets as added);
 *   <li>a pressing line is trimmed to make room for pulling, never below {@value #TRIM_FLOOR} sets
 *       (a coach trims a bench day, they do not delete it);
 *   <li>strength sets stay within the volume-jump limit over last week, or — when the week already
 *       jumped before the click — at most where they were.
 * </ul>
 *
 * An ordinary evaluation starts a click on the week itself, so the suggestions a finding shows are
 * the ones its "Apply" makes.
 */
final class FixBudget {

    static final int MAX_ADDED_SETS_PER_SESSION = 4;

    /** Pressing is trimmed to make room for pulling, but a line keeps at least this many sets. */
    static final int TRIM_FLOOR = 2;

    private final WeekPlan start;
    private Map<String, Integer> sessionSets;
    private int strengthSets;

    private FixBudget(WeekPlan start) {
        this.start = start;
    }

    /** Counted on first use: most evaluations of a good week never ask. */
    private void count() {
        if (sessionSets != null) {
            return;
        }
        sessionSets = new HashMap<>();
        int strength = 0;
        for (Session session : start.sessions().toList()) {
            int working = 0;
            for (Block block : session.blocks()) {
                for (Prescription p : block.prescriptions()) {
                    if (block.type().holdsWorkingSets()) {
                        working += p.dose().sets();
                        if (SessionFacts.countsAsStrength(p.exercise())) {
                            strength += p.dose().sets();
                        }
                    }
                }
            }
            sessionSets.put(session.id(), working);
        }
        this.strengthSets = strength;
    }

    /** A click that starts on {@code week}. */
    static FixBudget startingFrom(WeekPlan week) {
        return new FixBudget(week);
    }

    /** Working sets the click may still add to {@code session}. */
    int setsLeft(SessionFacts session) {
        count();
        int added = session.workingSets()
                - sessionSets.getOrDefault(session.session().id(), 0);
        return Math.max(0, MAX_ADDED_SETS_PER_SESSION - added);
    }

    /**
     * The fewest sets a trim may leave on {@code line}: {@value #TRIM_FLOOR}, or what it has when
     * it has fewer. An absolute floor rather than a share of the line, so that a second click finds
     * nothing more to trim: "Apply all" applied to its own result changes nothing.
     */
    int trimFloor(Prescription line) {
        return Math.min(TRIM_FLOOR, line.dose().sets());
    }

    /** The strength sets the week may hold after the click, or {@code Integer.MAX_VALUE} for no limit. */
    int strengthCeiling(WeekFacts previous, double limit) {
        if (previous == null || previous.strengthSets() == 0) {
            return Integer.MAX_VALUE;
        }
        count();
        return Math.max(VolumeJumpRule.maxSetsWithin(previous.strengthSets(), limit), strengthSets);
    }
}
