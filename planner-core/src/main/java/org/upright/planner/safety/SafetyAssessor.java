package org.upright.planner.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Applies the safety rules of domain §5 to a lifter's history. Pure: the same history always gives
 * the same assessment, and nothing is read from a clock or a database.
 *
 * <p>Order of importance: an open red flag stops everything (status {@link SafetyStatus#STOP}, plan
 * paused, no progression) whatever the pain data says; referrals are still worked out and shown
 * beneath the red-flag notices. Without a red flag, any referral gives {@link SafetyStatus#REFER}.
 */
public final class SafetyAssessor {

    private SafetyAssessor() {}

    public static SafetyAssessment assess(SafetyHistory history) {
        List<RedFlagEpisode> episodes = RedFlagHistory.episodes(history.redFlagChecks(), history.clearances());
        Set<RedFlag> openFlags = RedFlagHistory.openFlags(episodes);
        List<WeeklyPain> weeks = PainWeeks.of(history.painReadings());

        EnumSet<Referral> referrals = EnumSet.noneOf(Referral.class);
        if (SeverePainRule.applies(weeks)) {
            referrals.add(Referral.SEVERE_PAIN);
        }
        if (NotImprovingRule.applies(weeks, history.adherence())) {
            referrals.add(Referral.NOT_IMPROVING);
        }

        return new SafetyAssessment(
                status(openFlags, referrals),
                openFlags,
                episodes,
                referrals,
                notices(openFlags, referrals),
                ProgressionGate.decide(openFlags, referrals, weeks),
                weeks);
    }

    private static SafetyStatus status(Set<RedFlag> openFlags, Set<Referral> referrals) {
        if (!openFlags.isEmpty()) {
            return SafetyStatus.STOP;
        }
        return referrals.isEmpty() ? SafetyStatus.CLEAR : SafetyStatus.REFER;
    }

    private static List<SafetyNotice> notices(Set<RedFlag> openFlags, Set<Referral> referrals) {
        List<SafetyNotice> notices = new ArrayList<>();
        openFlags.stream()
                .sorted(Comparator.comparing(RedFlag::urgency).reversed().thenComparing(Comparator.naturalOrder()))
                .map(SafetyNotice::of)
                .forEach(notices::add);
        referrals.stream().sorted().map(SafetyNotice::of).forEach(notices::add);
        return notices;
    }
}
