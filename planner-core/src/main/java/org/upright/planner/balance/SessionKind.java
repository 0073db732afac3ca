package org.upright.planner.balance;

/** What a session is for. The kind matters to the mobility and routine rules (domain §3.3, §3.5). */
public enum SessionKind {
    STRENGTH,
    MOBILITY,
    BACK_CARE_ROUTINE,
    CONDITIONING,
    RECOVERY
}
