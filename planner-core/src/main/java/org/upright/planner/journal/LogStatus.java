package org.upright.planner.journal;

/** What happened to a session, as logged. */
public enum LogStatus {
    /** A planned session, done. */
    DONE,
    /** A planned session, skipped (with the lifter's reason). */
    SKIPPED,
    /** A session that was not in the plan. */
    UNPLANNED
}
