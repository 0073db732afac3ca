package org.upright.planner.safety;

import org.upright.planner.common.Text;

/** Advice to get professional help that does not stop the plan (unlike a red flag). */
public enum Referral {
    /** See {@link NotImprovingRule}. */
    NOT_IMPROVING,
    /** See {@link SeverePainRule}. */
    SEVERE_PAIN;

    public Text headline() {
        return Text.of("domain.referral." + name() + ".headline");
    }

    public Text message() {
        return Text.of("domain.referral." + name() + ".message");
    }

    public Urgency urgency() {
        return Urgency.RECOMMEND_PROFESSIONAL;
    }
}
