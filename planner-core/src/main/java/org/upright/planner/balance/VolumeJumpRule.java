package org.upright.planner.balance;

import java.util.List;
import java.util.Optional;
import org.upright.planner.common.Text;

/**
 * §3.6 Too much too soon: strength sets this week against the previous week's plan — working sets
 * of exercises whose primary pattern is strength or conditioning work, never mobility and recovery
 * drills (a stretching session is not "too much too soon"). A rise of more than the limit (default
 * 25 %) → {@code WARNING}. No previous week → no finding; a previous week with no strength sets (a
 * rest week, or the very first week of lifting) → no finding either, because a percentage of
 * nothing means nothing.
 *
 * <p>No suggestion: the only edit that fixes it is taking sets away, and which ones is a coaching
 * call the rules cannot make. Instead the message names the largest number of working sets that
 * stays within the limit, and the finding lists the sessions with working sets, where the trimming
 * would happen.
 */
public final class VolumeJumpRule implements BalanceRule {

    @Override
    public RuleId id() {
        return RuleId.VOLUME_JUMP;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        Optional<WeekFacts> previous = context.previousFacts();
        if (previous.isEmpty()) {
            return List.of();
        }
        int before = previous.get().strengthSets();
        int now = context.facts().strengthSets();
        double limit = context.targets().volumeJumpLimit();
        if (before == 0 || now <= before * (1 + limit) + Ratio.EPSILON) {
            return List.of();
        }
        int allowed = maxSetsWithin(before, limit);
        long risePercent = Math.round((now - before) * 100.0 / before);
        Text message = Text.of("domain.balance.volume", before, now, risePercent, allowed, Math.round(limit * 100));
        List<String> sessions = context.facts().sessions().stream()
                .filter(s -> s.strengthSets() > 0)
                .map(s -> s.session().id())
                .toList();
        return List.of(new Finding(id(), Severity.WARNING, message, sessions, List.of()));
    }

    /** The most working sets that are still within {@code limit} of {@code before}. */
    static int maxSetsWithin(int before, double limit) {
        return (int) Math.floor(before * (1 + limit) + Ratio.EPSILON);
    }
}
