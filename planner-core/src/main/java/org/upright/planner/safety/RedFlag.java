package org.upright.planner.safety;

/**
 * The warning signs (domain §5) that mean back pain needs a medical professional rather than an
 * exercise plan. Any one of them pauses the plan. Each carries the question the checklist asks
 * and the notice shown when it is ticked, in our own words.
 *
 * <p>Loss of bladder or bowel control is the one emergency: it can signal pressure on the nerves at
 * the base of the spine, which needs care within hours. The others need a professional now, but
 * not an emergency department.
 */
public enum RedFlag {
    PAIN_AFTER_FALL_OR_INJURY(
            "Did this pain start after a fall, an accident or another injury?",
            "Pain that began with a fall or an injury should be examined before you train through it."
                    + " Please see a doctor or physical therapist now. Your plan is paused until you have"
                    + " been checked.",
            Urgency.SEE_PROFESSIONAL_NOW),
    FEVER(
            "Do you have a fever, or feel hot and shivery, along with the pain?",
            "Back pain together with a fever may have a cause other than a tight muscle. Please see a"
                    + " doctor now. Your plan is paused until you have been checked.",
            Urgency.SEE_PROFESSIONAL_NOW),
    NUMBNESS_TINGLING_OR_WEAKNESS(
            "Do you have numbness, tingling (pins and needles) or weakness in your arms or legs?",
            "Numbness, tingling or weakness in the arms or legs can mean a nerve is involved. Please see"
                    + " a doctor now. Your plan is paused until you have been checked.",
            Urgency.SEE_PROFESSIONAL_NOW),
    LOSS_OF_BLADDER_OR_BOWEL_CONTROL(
            "Have you had any new loss of control over your bladder or bowels?",
            "This is urgent. New loss of bladder or bowel control with back pain needs emergency care:"
                    + " go to an emergency department or call your local emergency number now. Your plan is"
                    + " paused.",
            Urgency.EMERGENCY),
    PAIN_WORSE_AT_NIGHT(
            "Is the pain worse at night, or does it wake you even when you lie still?",
            "Pain that gets worse at night is not typical of a strained or stiff back. Please see a"
                    + " doctor now. Your plan is paused until you have been checked.",
            Urgency.SEE_PROFESSIONAL_NOW),
    UNEXPLAINED_WEIGHT_LOSS(
            "Have you lost weight recently without trying to?",
            "Losing weight without trying, together with back pain, needs a doctor's attention. Please"
                    + " see a doctor now. Your plan is paused until you have been checked.",
            Urgency.SEE_PROFESSIONAL_NOW);

    private final String question;
    private final String notice;
    private final Urgency urgency;

    RedFlag(String question, String notice, Urgency urgency) {
        this.question = question;
        this.notice = notice;
        this.urgency = urgency;
    }

    /** The yes/no question for the red-flag checklist. */
    public String question() {
        return question;
    }

    /** What the lifter is told when this flag is ticked. */
    public String notice() {
        return notice;
    }

    public Urgency urgency() {
        return urgency;
    }

    public boolean isEmergency() {
        return urgency == Urgency.EMERGENCY;
    }
}
