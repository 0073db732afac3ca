package org.upright.planner.plan;

/**
 * What happens to the sessions already planned when a whole week's worth is brought in (last
 * week's plan, a template). The planner asks; nothing replaces a week without asking.
 */
public enum ExistingSessions {
    /** The new sessions go after the ones already planned on each day. */
    KEEP,
    /** The sessions already planned are taken out first. */
    REPLACE
}
