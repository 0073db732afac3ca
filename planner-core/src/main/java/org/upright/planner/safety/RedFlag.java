package org.upright.planner.safety;

import org.upright.planner.common.Text;

/**
 * The warning signs (domain §5) that mean back pain needs a medical professional rather than an
 * exercise plan. Any one of them pauses the plan. Each carries the question the checklist asks
 * and the notice shown when it is ticked, in our own words ({@code domain.redFlag.*}).
 *
 * <p>Loss of bladder or bowel control is the one emergency: it can signal pressure on the nerves at
 * the base of the spine, which needs care within hours. The others need a professional now, but
 * not an emergency department.
 */
public enum RedFlag {
    PAIN_AFTER_FALL_OR_INJURY(Urgency.SEE_PROFESSIONAL_NOW),
    FEVER(Urgency.SEE_PROFESSIONAL_NOW),
    NUMBNESS_TINGLING_OR_WEAKNESS(Urgency.SEE_PROFESSIONAL_NOW),
    LOSS_OF_BLADDER_OR_BOWEL_CONTROL(Urgency.EMERGENCY),
    PAIN_WORSE_AT_NIGHT(Urgency.SEE_PROFESSIONAL_NOW),
    UNEXPLAINED_WEIGHT_LOSS(Urgency.SEE_PROFESSIONAL_NOW);

    private final Urgency urgency;

    RedFlag(Urgency urgency) {
        this.urgency = urgency;
    }

    /** The yes/no question for the red-flag checklist. */
    public Text question() {
        return Text.of("domain.redFlag." + name() + ".question");
    }

    /** A few words for lists and the printed card ("Losing weight without trying"). */
    public Text shortLabel() {
        return Text.of("domain.redFlag." + name() + ".short");
    }

    /** What the lifter is told when this flag is ticked. */
    public Text notice() {
        return Text.of("domain.redFlag." + name() + ".notice");
    }

    public Urgency urgency() {
        return urgency;
    }

    public boolean isEmergency() {
        return urgency == Urgency.EMERGENCY;
    }
}
