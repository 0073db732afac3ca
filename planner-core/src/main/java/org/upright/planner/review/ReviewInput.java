package org.upright.planner.review;

import java.util.List;
import org.upright.planner.balance.LifterProfile;
import org.upright.planner.balance.Targets;
import org.upright.planner.safety.ProfessionalClearance;
import org.upright.planner.safety.RedFlagCheck;

/**
 * Everything a review is computed from.
 *
 * @param weeks 4, 5 or 6 consecutive weeks, oldest first; the last is the chosen week
 * @param redFlagChecks every red-flag check on record, not just this period's — a flag raised
 *     before the period and never cleared is still open
 * @param clearances every professional clearance on record
 * @param inForce the profile and targets in force in each week, same order as {@code weeks}: a
 *     coach who changes the targets does not re-score past weeks (domain §6). Empty: every week is
 *     judged by {@code profile} and {@code targets}
 */
public record ReviewInput(
        List<WeekRecord> weeks,
        LifterProfile profile,
        Targets targets,
        List<RedFlagCheck> redFlagChecks,
        List<ProfessionalClearance> clearances,
        List<TargetsInForce> inForce) {

    public ReviewInput {
        if (weeks == null) {
            throw new IllegalArgumentException("a review needs its weeks");
        }
        ReviewPeriod.requireCount(weeks.size());
        for (int i = 1; i < weeks.size(); i++) {
            if (!weeks.get(i).weekStart().equals(weeks.get(i - 1).weekStart().plusWeeks(1))) {
                throw new IllegalArgumentException("review weeks must be consecutive, oldest first: "
                        + weeks.get(i - 1).weekStart() + " is followed by "
                        + weeks.get(i).weekStart());
            }
        }
        if (profile == null || targets == null) {
            throw new IllegalArgumentException("a review needs the lifter's profile and targets");
        }
        weeks = List.copyOf(weeks);
        redFlagChecks = redFlagChecks == null ? List.of() : List.copyOf(redFlagChecks);
        clearances = clearances == null ? List.of() : List.copyOf(clearances);
        if (inForce == null || inForce.isEmpty()) {
            TargetsInForce same = new TargetsInForce(profile, targets);
            inForce = weeks.stream().map(w -> same).toList();
        } else if (inForce.size() != weeks.size()) {
            throw new IllegalArgumentException(
                    "one set of targets per week: " + inForce.size() + " for " + weeks.size() + " weeks");
        }
        inForce = List.copyOf(inForce);
    }

    /** Every week judged by the same profile and targets. */
    public ReviewInput(
            List<WeekRecord> weeks,
            LifterProfile profile,
            Targets targets,
            List<RedFlagCheck> redFlagChecks,
            List<ProfessionalClearance> clearances) {
        this(weeks, profile, targets, redFlagChecks, clearances, List.of());
    }

    /** A review without any red-flag checks or clearances on record. */
    public static ReviewInput of(List<WeekRecord> weeks, LifterProfile profile, Targets targets) {
        return new ReviewInput(weeks, profile, targets, List.of(), List.of());
    }
}
