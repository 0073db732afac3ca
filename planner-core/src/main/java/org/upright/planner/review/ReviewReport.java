package org.upright.planner.review;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.upright.planner.common.Text;
import org.upright.planner.safety.SafetyAssessment;

/**
 * A 4–6 week review: the weekly table, the trends, the safety status of domain §5 and the advice.
 *
 * @param adherence completed / planned over the whole period (weeks summed); empty when nothing was
 *     planned at all
 * @param safety the safety assessment for the period (open red flags, referrals, progression gate)
 * @param disclaimer the short "guidance, not a diagnosis" text every report carries
 */
public record ReviewReport(
        LocalDate firstWeek,
        LocalDate lastWeek,
        List<WeekReview> weeks,
        ReviewTrends trends,
        OptionalDouble adherence,
        SafetyAssessment safety,
        List<Recommendation> recommendations,
        Text disclaimer) {

    public ReviewReport {
        weeks = List.copyOf(weeks);
        recommendations = List.copyOf(recommendations);
    }

    public boolean recommends(RecommendationKind kind) {
        return recommendations.stream().anyMatch(r -> r.kind() == kind);
    }
}
