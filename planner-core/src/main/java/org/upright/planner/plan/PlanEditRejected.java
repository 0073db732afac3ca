package org.upright.planner.plan;

/** An edit that makes no sense for this week (unknown session, too many sessions on a day…). */
public class PlanEditRejected extends RuntimeException {

    public PlanEditRejected(String message) {
        super(message);
    }
}
