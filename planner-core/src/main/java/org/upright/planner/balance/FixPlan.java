package org.upright.planner.balance;

import java.util.List;
import org.upright.planner.common.Text;

/**
 * What one click of "Apply" or "Apply all" does to a week ({@link CoordinatedFixes}): the week
 * before and after, the edits in the order they are made, and the findings it left, each with the
 * reason in plain words.
 */
public record FixPlan(WeekPlan before, WeekPlan after, List<Suggestion> edits, List<Unfixed> unfixed) {

    public FixPlan {
        edits = List.copyOf(edits);
        unfixed = List.copyOf(unfixed);
    }

    /** A finding the click could not clear, and why. */
    public record Unfixed(RuleId rule, List<String> sessionIds, Text reason) {

        public Unfixed {
            sessionIds = List.copyOf(sessionIds);
        }
    }

    /** Whether the click would change nothing (a balanced week, or one nothing more can be done for). */
    public boolean changesNothing() {
        return after.equals(before);
    }
}
