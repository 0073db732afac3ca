package org.upright.planner.balance;

/** The rules of domain §3, by the names the spec and the tests use. */
public enum RuleId {
    PUSH_PULL_RATIO,
    THORACIC_WARM_UP,
    MOBILITY_FREQUENCY,
    SCAPULAR_STRENGTH_FREQUENCY,
    ROUTINE_FREQUENCY,
    VOLUME_JUMP,
    BREATHING_PRACTICE
}
