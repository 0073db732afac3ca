package org.upright.planner.report;

/** The safety status of the period (domain §5), from calm to most urgent. */
public enum SafetyLevel {
    /** No red flags and nothing that calls for a professional. */
    CLEAR,
    /** Not improving or severe pain: recommend a physical therapist or other professional care. */
    REFER,
    /** A red flag is open: the plan is paused, see a medical professional now. */
    STOP
}
