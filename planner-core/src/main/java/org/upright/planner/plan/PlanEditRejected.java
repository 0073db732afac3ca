package org.upright.planner.plan;

import org.upright.planner.common.Refusal;
import org.upright.planner.common.Text;

/** An edit that makes no sense for this week (unknown session, too many sessions on a day…). */
public class PlanEditRejected extends Refusal {

    public PlanEditRejected(Text reason) {
        super(reason);
    }

    /** Refused because a rule of the week's records said no; {@code cause} says which, for the log. */
    public PlanEditRejected(Text reason, Throwable cause) {
        super(reason, cause);
    }
}
