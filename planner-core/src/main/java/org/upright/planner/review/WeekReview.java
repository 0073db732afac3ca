package org.upright.planner.review;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.upright.planner.balance.Finding;
import org.upright.planner.balance.Targets;

/**
 * One row of the review's weekly table.
 *
 * @param plannedSessions sessions in the plan
 * @param completedSessions planned sessions logged as done
 * @param unplannedSessions sessions done without being planned; shown, never counted in adherence
 * @param adherence completed / planned (0–1); empty when nothing was planned
 * @param pushPullRatio r; empty without push sets
 * @param horizontalRatio r_h; empty without horizontal pushing
 * @param thoracicWarmUpCompliance share (0–1) of upper-body sessions with a thoracic warm-up; empty
 *     without upper-body sessions
 * @param meanPainBefore mean of the week's before-session check-ins; empty without any
 * @param meanPainAfter likewise for after-session check-ins
 * @param openFindings what the balance rules found in the week's plan
 * @param balanceScore 0–100
 * @param targets the targets in force that week, which it was judged against (domain §6)
 */
public record WeekReview(
        LocalDate weekStart,
        int plannedSessions,
        int completedSessions,
        int unplannedSessions,
        OptionalDouble adherence,
        double pushSets,
        double pullSets,
        OptionalDouble pushPullRatio,
        OptionalDouble horizontalRatio,
        int mobilitySessions,
        OptionalDouble thoracicWarmUpCompliance,
        int routineDays,
        int habitTicks,
        OptionalDouble meanPainBefore,
        OptionalDouble meanPainAfter,
        List<Finding> openFindings,
        int balanceScore,
        Targets targets) {

    public WeekReview {
        openFindings = List.copyOf(openFindings);
    }

    /** Adherence as a whole percentage, rounded half up; empty when nothing was planned. */
    public OptionalInt adherencePercent() {
        return adherence.isPresent()
                ? OptionalInt.of((int) Math.round(adherence.getAsDouble() * 100))
                : OptionalInt.empty();
    }
}
