package org.upright.planner.report;

/** How much a finding matters, mildest first (the same steps as the balance rules). */
public enum Severity {
    /** Worth knowing; nothing to fix. */
    INFO,
    /** Slightly off target; fix it when convenient. */
    WARNING,
    /** Clearly off target; fix it next week. */
    ALERT
}
