package org.upright.planner.safety;

/** Why the red-flag checklist is being asked now (domain §4). */
public enum RedFlagCheckReason {
    SIGN_UP,
    FIRST_CHECK_IN_OF_WEEK,
    HIGH_PAIN,
    /** The lifter opened the checklist themselves to report a warning sign between the scheduled asks. */
    ON_REQUEST,
    /** The lifter's check-in note mentions a warning sign (see {@link WarningSignWords}). */
    WARNING_SIGN_IN_NOTE
}
