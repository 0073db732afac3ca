package org.upright.planner.plan;

import org.upright.planner.common.Text;

/**
 * An edit of a paused plan, refused: while a red flag is open nobody edits or "fixes" the lifter's
 * week — not the lifter, not the coach, not through any door (domain §5). Only a recorded
 * professional clearance resumes it.
 */
public class PlanPaused extends PlanEditRejected {

    PlanPaused() {
        super(Text.of("domain.refused.plan.paused"));
    }
}
