package org.upright.planner.balance;

/** How much a finding matters, and what it costs the balance score. */
public enum Severity {
    INFO(0),
    WARNING(10),
    ALERT(25);

    private final int scorePenalty;

    Severity(int scorePenalty) {
        this.scorePenalty = scorePenalty;
    }

    /** Points the balance score loses for one finding of this severity. */
    public int scorePenalty() {
        return scorePenalty;
    }
}
