package org.upright.planner.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.upright.planner.balance.BalanceReport;
import org.upright.planner.balance.Finding;
import org.upright.planner.balance.RuleId;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.common.Text;
import org.upright.planner.safety.PainImprovement;
import org.upright.planner.safety.ProgressionBlocker;
import org.upright.planner.safety.Referral;
import org.upright.planner.safety.SafetyAssessment;
import org.upright.planner.safety.WeeklyPain;

/**
 * The review's recommendations (domain §6). Each trigger is its own method; the safety package
 * decides what is safe (open red flags, "not improving", the progression gate) and this class never
 * second-guesses it.
 *
 * <p>Choices where the spec is silent:
 *
 * <ul>
 *   <li>Adherence is over the whole period: completed planned sessions over planned sessions, weeks
 *       summed. Below 50 % → consistency first; exactly 50 % is not below. With nothing planned at
 *       all there is no adherence, and neither consistency nor progression advice is given.
 *   <li>"Pain improved" compares the first and the last week with check-ins in the period using
 *       safety's threshold (≥ 2 points or ≥ 30 %). A lifter whose latest week with check-ins averages
 *       0 has nothing left to improve and counts as improved. No check-ins at all, or a single week
 *       of them, is not enough to call it improved.
 *   <li>When progress would be due but the safety gate says no (pain rising, a referral), the
 *       review says so and why ({@link RecommendationKind#PROGRESSION_ON_HOLD}) rather than going
 *       quiet. Not while a red flag is open: the plan is paused, and "hold the current level" would
 *       tell someone who should not train to keep training. The pause is the answer then.
 *   <li>"Push:pull below target" is a week whose push:pull rule fired — r or r_h below target. The
 *       rebalance advice carries the latest week's §3.1 suggestions when that week is still short.
 * </ul>
 */
final class ReviewAdvice {

    static final double CONSISTENCY_BELOW = 0.50;
    static final double PROGRESS_FROM = 0.75;
    static final int REBALANCE_WEEKS = 2;

    private ReviewAdvice() {}

    static List<Recommendation> recommend(
            OptionalDouble adherence,
            List<WeeklyPain> pain,
            SafetyAssessment safety,
            List<BalanceReport> balance,
            WeekPlan latestWeek) {
        List<Recommendation> advice = new ArrayList<>();
        if (safety.planPaused()) {
            advice.add(planPaused());
        }
        if (safety.referrals().contains(Referral.NOT_IMPROVING)) {
            advice.add(seePhysicalTherapist());
        }
        if (adherence.isPresent() && adherence.getAsDouble() < CONSISTENCY_BELOW) {
            advice.add(consistencyFirst(adherence.getAsDouble()));
        } else if (!safety.planPaused()
                && adherence.isPresent()
                && adherence.getAsDouble() >= PROGRESS_FROM
                && painImprovedOrGone(pain)) {
            advice.add(
                    safety.progressionAllowed()
                            ? progress(adherence.getAsDouble(), pain)
                            : onHold(safety.progression().blockers()));
        }
        rebalance(balance, latestWeek).ifPresent(advice::add);
        advice.add(timeFrame());
        return advice;
    }

    static boolean painImprovedOrGone(List<WeeklyPain> pain) {
        if (pain.isEmpty()) {
            return false;
        }
        WeeklyPain last = pain.getLast();
        if (last.all().total() == 0) {
            return true;
        }
        return pain.size() >= 2 && PainImprovement.isMeaningful(pain.getFirst().all(), last.all());
    }

    private static Recommendation planPaused() {
        return Recommendation.of(RecommendationKind.PLAN_PAUSED, Text.of("domain.advice.PLAN_PAUSED.message"));
    }

    private static Recommendation seePhysicalTherapist() {
        return Recommendation.of(
                RecommendationKind.SEE_PHYSICAL_THERAPIST, Text.of("domain.advice.SEE_PHYSICAL_THERAPIST.message"));
    }

    private static Recommendation consistencyFirst(double adherence) {
        return Recommendation.of(
                RecommendationKind.CONSISTENCY_FIRST,
                Text.of("domain.advice.CONSISTENCY_FIRST.message", percent(adherence)));
    }

    private static Recommendation progress(double adherence, List<WeeklyPain> pain) {
        WeeklyPain first = pain.getFirst();
        WeeklyPain last = pain.getLast();
        Text message = pain.size() >= 2
                ? Text.of(
                        "domain.advice.PROGRESS_STRENGTHENING.painEased",
                        oneDecimal(first.mean()),
                        oneDecimal(last.mean()),
                        percent(adherence))
                : Text.of("domain.advice.PROGRESS_STRENGTHENING.noPain", percent(adherence));
        return Recommendation.of(RecommendationKind.PROGRESS_STRENGTHENING, message);
    }

    private static Recommendation onHold(Set<ProgressionBlocker> blockers) {
        // The blockers' own words (domain.progressionBlocker.*) follow, one sentence each, in the
        // reader's language.
        List<Text> reasons =
                blockers.stream().sorted().map(ProgressionBlocker::reason).toList();
        Text message = reasons.isEmpty()
                ? Text.of("domain.advice.PROGRESSION_ON_HOLD.noReason")
                : Text.of("domain.advice.PROGRESSION_ON_HOLD.message", sentences(reasons));
        return Recommendation.of(RecommendationKind.PROGRESSION_ON_HOLD, message);
    }

    /** Sentences one after the other ({@code domain.sentences.2} to {@code .5}). */
    private static Text sentences(List<Text> parts) {
        return parts.size() == 1 ? parts.getFirst() : new Text("domain.sentences." + parts.size(), List.copyOf(parts));
    }

    private static Optional<Recommendation> rebalance(List<BalanceReport> balance, WeekPlan latestWeek) {
        long weeksShort =
                balance.stream().filter(r -> r.has(RuleId.PUSH_PULL_RATIO)).count();
        if (weeksShort < REBALANCE_WEEKS) {
            return Optional.empty();
        }
        List<Finding> latest = balance.getLast().findingsOf(RuleId.PUSH_PULL_RATIO);
        if (latest.isEmpty()) {
            return Optional.of(Recommendation.of(
                    RecommendationKind.REBALANCE,
                    Text.of("domain.advice.REBALANCE.backOnTarget", weeksShort, balance.size())));
        }
        Text what =
                RebalanceSummary.of(latestWeek, latest.getFirst()).orElse(Text.of("domain.advice.REBALANCE.addRows"));
        return Optional.of(new Recommendation(
                RecommendationKind.REBALANCE,
                Recommendation.headline(RecommendationKind.REBALANCE),
                Text.of("domain.advice.REBALANCE.latest", weeksShort, balance.size(), what),
                latest.getFirst().suggestions()));
    }

    private static Recommendation timeFrame() {
        return Recommendation.of(RecommendationKind.TIME_FRAME, Text.of("domain.advice.TIME_FRAME.message"));
    }

    /** A share (0.8) as whole percent points (80), rounded half up as {@code Quantities.percent} does. */
    static long percent(double share) {
        return new BigDecimal(Double.toString(share))
                .movePointRight(2)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** A mean pain (3.25) to one decimal (3.3); {@code {n,number,0.0}} writes the reader's decimal sign. */
    static BigDecimal oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
