package org.upright.planner.coaching;

/** Why a client shows up under "needs attention" on the coach's roster. */
public enum AttentionReason {
    RED_FLAG("Red flag open"),
    PAIN_RISING("Pain rising"),
    RATIO_BELOW_TARGET("Pulls less than target"),
    NO_MOBILITY_SESSION("No mobility session this week"),
    INACTIVE("No activity for 7 days");

    private final String label;

    AttentionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
