package org.upright.planner.coaching;

import org.upright.planner.common.Refusal;
import org.upright.planner.common.Text;

/** A coach's note that cannot be stored as typed; the reason says why. Nothing was written. */
public class CoachNoteRejected extends Refusal {

    public CoachNoteRejected(Text reason) {
        super(reason);
    }
}
