package org.upright.planner.review;

import java.util.List;
import org.upright.planner.safety.ProfessionalClearance;
import org.upright.planner.safety.RedFlagCheck;

/**
 * What {@link ReviewSources} hands the review: the weeks as records of plan and journal, and the
 * lifter's whole red-flag history.
 */
public record ReviewRecords(
        List<WeekRecord> weeks, List<RedFlagCheck> redFlagChecks, List<ProfessionalClearance> clearances) {

    public ReviewRecords {
        weeks = List.copyOf(weeks);
        redFlagChecks = redFlagChecks == null ? List.of() : List.copyOf(redFlagChecks);
        clearances = clearances == null ? List.of() : List.copyOf(clearances);
    }
}
