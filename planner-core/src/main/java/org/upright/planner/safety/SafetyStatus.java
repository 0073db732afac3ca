package org.upright.planner.safety;

/** The overall safety state of a lifter, worst first in importance. */
public enum SafetyStatus {
    /** No red flag open and no referral: train as planned. */
    CLEAR,
    /** No red flag, but a professional is recommended (not improving, or severe pain). */
    REFER,
    /** A red flag is open: the plan is paused until a professional clears it. */
    STOP
}
