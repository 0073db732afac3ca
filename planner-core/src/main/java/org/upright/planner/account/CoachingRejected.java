package org.upright.planner.account;

import org.upright.planner.common.Refusal;
import org.upright.planner.common.Text;

/** A coaching step that cannot be taken, with the reason. */
public class CoachingRejected extends Refusal {

    public CoachingRejected(Text reason) {
        super(reason);
    }
}
