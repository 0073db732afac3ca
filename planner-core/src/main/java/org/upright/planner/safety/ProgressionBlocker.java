package org.upright.planner.safety;

/** A reason not to suggest progressing the plan (more sets, load or difficulty). */
public enum ProgressionBlocker {
    OPEN_RED_FLAG("A red flag is open, so the plan is paused until a professional clears you."),
    PAIN_RISING("Your pain was higher this week than the week before, so the plan stays as it is for now."),
    SEVERE_PAIN("Your pain is severe at the moment; get it checked before training harder."),
    NOT_IMPROVING("Your pain has not eased over several weeks; see a physical therapist before training harder.");

    private final String reason;

    ProgressionBlocker(String reason) {
        this.reason = reason;
    }

    /** Why progression is held back, in plain words. */
    public String reason() {
        return reason;
    }
}
