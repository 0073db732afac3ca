package org.upright.planner.review;

/** The kinds of advice a review gives (domain §6), in the order they are shown. */
public enum RecommendationKind {
    /** A red flag is open: the plan is paused until a professional has looked. */
    PLAN_PAUSED,
    /** Pain has not eased despite steady training: keep the plan and see a physical therapist. */
    SEE_PHYSICAL_THERAPIST,
    /** Fewer than half the planned sessions done: keep the plan, pick two habits, no progression. */
    CONSISTENCY_FIRST,
    /** Pain eased (or is gone) and at least 75 % done: make the strengthening harder. */
    PROGRESS_STRENGTHENING,
    /** Progress would be due, but a safety rule holds it back; says which. */
    PROGRESSION_ON_HOLD,
    /** Push:pull below target in two or more weeks: add pulling (with the §3.1 suggestions). */
    REBALANCE,
    /** How long change usually takes. Always given. */
    TIME_FRAME
}
