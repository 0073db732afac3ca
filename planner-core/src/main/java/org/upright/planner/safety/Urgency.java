package org.upright.planner.safety;

/** How soon a notice asks the lifter to act, least urgent first. */
public enum Urgency {
    /** Book an appointment with a physical therapist or doctor; training may continue meanwhile. */
    RECOMMEND_PROFESSIONAL,
    /** Stop the plan and see a medical professional now. */
    SEE_PROFESSIONAL_NOW,
    /** Urgent: go to emergency care. */
    EMERGENCY;

    public boolean isMoreUrgentThan(Urgency other) {
        return compareTo(other) > 0;
    }
}
