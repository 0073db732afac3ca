package org.upright.planner.safety;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.upright.planner.common.Text;

/**
 * The result of {@link SafetyAssessor#assess}: what the lifter, the coach and the planner must know.
 *
 * @param openRedFlags flags ticked and not yet cleared by a professional
 * @param redFlagHistory every episode, open and resolved, oldest first
 * @param referrals professional help recommended without pausing the plan
 * @param notices what to show, most urgent first (emergency, then red flags, then referrals)
 * @param progression whether a progression suggestion may be made
 * @param weeklyPain the weekly pain the rules used, oldest first
 */
public record SafetyAssessment(
        SafetyStatus status,
        Set<RedFlag> openRedFlags,
        List<RedFlagEpisode> redFlagHistory,
        Set<Referral> referrals,
        List<SafetyNotice> notices,
        ProgressionDecision progression,
        List<WeeklyPain> weeklyPain) {

    public SafetyAssessment {
        Objects.requireNonNull(status, "status is required");
        Objects.requireNonNull(progression, "progression is required");
        openRedFlags = Set.copyOf(openRedFlags);
        redFlagHistory = List.copyOf(redFlagHistory);
        referrals = Set.copyOf(referrals);
        notices = List.copyOf(notices);
        weeklyPain = List.copyOf(weeklyPain);
    }

    /** The plan is paused while any red flag is open. */
    public boolean planPaused() {
        return !openRedFlags.isEmpty();
    }

    /** Whether the coach's client list shows this lifter with a red badge. */
    public boolean showsRedBadge() {
        return planPaused();
    }

    public boolean progressionAllowed() {
        return progression.allowed();
    }

    /** The urgency of the most urgent notice, if there is any notice. */
    public Optional<Urgency> mostUrgent() {
        return notices.stream().map(SafetyNotice::urgency).max(Enum::compareTo);
    }

    /** The disclaimer every screen and report with advice carries. */
    public Text disclaimer() {
        return Disclaimer.TEXT;
    }
}
