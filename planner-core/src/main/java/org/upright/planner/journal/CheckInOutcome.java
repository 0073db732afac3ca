package org.upright.planner.journal;

import java.util.Optional;
import org.upright.planner.safety.RedFlagCheck;

/**
 * A stored check-in and, when the red-flag checklist was due and answered with it, the answers.
 * Ask {@code SafetyService} afterwards for what to show: a ticked flag pauses the plan.
 */
public record CheckInOutcome(PainCheckIn checkIn, Optional<RedFlagCheck> redFlagCheck) {

    public boolean anyRedFlag() {
        return redFlagCheck.map(RedFlagCheck::anyFlagged).orElse(false);
    }
}
