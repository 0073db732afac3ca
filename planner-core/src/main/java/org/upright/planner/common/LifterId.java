package org.upright.planner.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the parameter that names whose data a service method reads or changes: one lifter's
 * account id ({@code long}/{@code Long}) or several ({@code Collection<Long>}). Before the method
 * runs, {@code LifterAccess} decides whether the signed-in caller may act for that lifter — for
 * every lifter of a collection — and refuses the call otherwise. The method itself never checks
 * again; this annotation is the check (docs/adr/0013). It lives in the shared kernel so that any
 * feature, and the ports features define for each other, can carry it; the decider lives in the
 * account feature.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface LifterId {

    /** Who may act for the lifter; most data is the lifter's and their current coach's. */
    Who value() default Who.LIFTER_OR_COACH;

    /** Who may act for a lifter. Nobody else ever may: not another lifter, not a former coach. */
    enum Who {
        /** The lifter and the lifter's current coach: plans, profile, reviews, reading the journal. */
        LIFTER_OR_COACH,
        /**
         * The lifter alone: the journal's entries (pain, warning signs, a professional's clearance,
         * what was trained) are the lifter's own account, never written on their behalf.
         */
        LIFTER_ONLY,
        /** The lifter's current coach alone: the coach's private notes, review notes, templates. */
        COACH_ONLY
    }
}
