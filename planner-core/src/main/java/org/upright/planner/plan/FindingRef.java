package org.upright.planner.plan;

import java.util.List;
import org.upright.planner.balance.Finding;
import org.upright.planner.balance.RuleId;

/**
 * Points at one finding of a week's report across a round trip to the screen: the rule and the
 * sessions it is about. Suggestions are deterministic for a given week, so the service finds the
 * same finding again and applies its suggestions to the week as stored, not as the screen saw it.
 */
public record FindingRef(RuleId rule, List<String> sessionIds) {

    public FindingRef {
        sessionIds = List.copyOf(sessionIds);
    }

    public static FindingRef of(Finding finding) {
        return new FindingRef(finding.rule(), finding.sessionIds());
    }

    public boolean matches(Finding finding) {
        return finding.rule() == rule && finding.sessionIds().equals(sessionIds);
    }
}
