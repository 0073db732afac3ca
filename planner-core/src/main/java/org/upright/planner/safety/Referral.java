package org.upright.planner.safety;

/** Advice to get professional help that does not stop the plan (unlike a red flag). */
public enum Referral {
    /** See {@link NotImprovingRule}. */
    NOT_IMPROVING(
            "Time to see a physical therapist",
            "You have trained steadily for three weeks or more, but your pain has not eased noticeably."
                    + " A physical therapist can find out what is holding you back and adjust the plan with"
                    + " you. Keep to the current plan until then rather than adding more."),
    /** See {@link SeverePainRule}. */
    SEVERE_PAIN(
            "Please get your pain checked",
            "Your pain averaged 7 out of 10 or more this week. That is more than an exercise plan should be"
                    + " handling on its own: please see a doctor or physical therapist.");

    private final String headline;
    private final String message;

    Referral(String headline, String message) {
        this.headline = headline;
        this.message = message;
    }

    public String headline() {
        return headline;
    }

    public String message() {
        return message;
    }

    public Urgency urgency() {
        return Urgency.RECOMMEND_PROFESSIONAL;
    }
}
