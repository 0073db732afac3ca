package org.upright.planner.plan;

/**
 * An edit of a paused plan, refused: while a red flag is open nobody edits or "fixes" the lifter's
 * week — not the lifter, not the coach, not through any door (domain §5). Only a recorded
 * professional clearance resumes it.
 */
public class PlanPaused extends PlanEditRejected {

    static final String MESSAGE = "This plan is paused because a warning sign was reported. It can be changed"
            + " again once a doctor or physical therapist has cleared the lifter and the clearance is recorded.";

    PlanPaused() {
        super(MESSAGE);
    }
}
