package org.upright.planner.coaching;

/** Which way a client's weekly pain is going, latest week against the one before. */
public enum PainTrend {
    RISING,
    FLAT,
    FALLING,
    /** Fewer than two weeks with check-ins. */
    UNKNOWN
}
