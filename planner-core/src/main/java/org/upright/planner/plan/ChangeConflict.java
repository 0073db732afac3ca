package org.upright.planner.plan;

import org.upright.planner.common.Text;

/**
 * A change that no longer fits the week as it is now stored: what it would touch was removed,
 * changed or moved by someone else, or there is no room left. Nothing is written; the reason says
 * in plain words what stands in the way.
 */
public class ChangeConflict extends PlanEditRejected {

    public ChangeConflict(Text reason) {
        super(reason);
    }
}
