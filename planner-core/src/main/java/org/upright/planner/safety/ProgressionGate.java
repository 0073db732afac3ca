package org.upright.planner.safety;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a progression suggestion (the review's "progress strengthening", a heavier
 * band, an extra set) may be made. The spec forbids it while pain is rising week on week or a red
 * flag is open; we also hold it back while a referral stands (severe pain, not improving), because
 * adding load while a professional has been recommended is not what a coach would do.
 */
public final class ProgressionGate {

    private ProgressionGate() {}

    /** The decision for everything the journal knows. */
    public static ProgressionDecision decide(SafetyHistory history) {
        return SafetyAssessor.assess(history).progression();
    }

    /**
     * The decision from what a caller has already worked out.
     *
     * @param weeks weekly pain, oldest first, as {@link PainWeeks#of} returns it
     */
    public static ProgressionDecision decide(
            Set<RedFlag> openRedFlags, Set<Referral> referrals, List<WeeklyPain> weeks) {
        EnumSet<ProgressionBlocker> blockers = EnumSet.noneOf(ProgressionBlocker.class);
        if (!openRedFlags.isEmpty()) {
            blockers.add(ProgressionBlocker.OPEN_RED_FLAG);
        }
        if (RisingPainRule.applies(weeks)) {
            blockers.add(ProgressionBlocker.PAIN_RISING);
        }
        if (referrals.contains(Referral.SEVERE_PAIN)) {
            blockers.add(ProgressionBlocker.SEVERE_PAIN);
        }
        if (referrals.contains(Referral.NOT_IMPROVING)) {
            blockers.add(ProgressionBlocker.NOT_IMPROVING);
        }
        return new ProgressionDecision(blockers);
    }
}
