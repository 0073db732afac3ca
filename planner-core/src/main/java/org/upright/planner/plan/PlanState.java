package org.upright.planner.plan;

/** Whether a lifter's plan is in use, or paused while a red flag is open (domain §5). */
public enum PlanState {
    ACTIVE,
    /** A red flag is open: nothing edits the plan, and what it exports says it is paused. */
    PAUSED
}
