package org.upright.planner.safety;

/** Whether a pain reading was taken before or after a session or routine. */
public enum PainTiming {
    BEFORE,
    AFTER
}
