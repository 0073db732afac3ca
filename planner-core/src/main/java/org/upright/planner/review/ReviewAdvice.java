package org.upright.planner.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.upright.planner.balance.BalanceReport;
import org.upright.planner.balance.Finding;
import org.upright.planner.balance.RuleId;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.common.Quantities;
import org.upright.planner.common.Texts;
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
        return Recommendation.of(
                RecommendationKind.PLAN_PAUSED,
                "The plan is paused",
                "A warning sign is open on your check-ins. Please see a medical professional before you"
                        + " train again; the rest of this review is for when you have been cleared.");
    }

    private static Recommendation seePhysicalTherapist() {
        return Recommendation.of(
                RecommendationKind.SEE_PHYSICAL_THERAPIST,
                "Keep the plan and see a physical therapist",
                "You have kept at it, but your pain has not eased enough to notice. Stay with the current"
                        + " plan rather than adding to it, and book a physical therapist who can look at what"
                        + " is holding you back.");
    }

    private static Recommendation consistencyFirst(double adherence) {
        return Recommendation.of(
                RecommendationKind.CONSISTENCY_FIRST,
                "Consistency first",
                "You managed " + percent(adherence) + " of the planned sessions. Before anything gets harder,"
                        + " keep the plan as it is and find a place for it in your week. Pick two small daily"
                        + " habits — say a movement break every half hour or so and a few minutes of slow"
                        + " breathing before bed — and tick them off each day.");
    }

    private static Recommendation progress(double adherence, List<WeeklyPain> pain) {
        WeeklyPain first = pain.getFirst();
        WeeklyPain last = pain.getLast();
        String painText = pain.size() >= 2
                ? "Your pain went from " + oneDecimal(first.mean()) + " to " + oneDecimal(last.mean()) + " out of 10"
                : "You report no pain";
        return Recommendation.of(
                RecommendationKind.PROGRESS_STRENGTHENING,
                "Time to build more strength",
                painText + " and you did " + percent(adherence) + " of your sessions. Make the strengthening a"
                        + " little harder now: one more set of rows, light dumbbells for the Y and T raises, or"
                        + " a firmer band. Keep the mobility work just as it is.");
    }

    private static Recommendation onHold(Set<ProgressionBlocker> blockers) {
        // Recommendations are still English sentences (the review's advice is not yet a Text); the
        // blockers' own words are rendered in English here until it is.
        String reasons = blockers.stream()
                .sorted()
                .map(b -> Texts.render(b.reason(), Locale.ENGLISH))
                .collect(Collectors.joining(" "));
        return Recommendation.of(
                RecommendationKind.PROGRESSION_ON_HOLD,
                "Hold the current level for now",
                "You have been steady enough to progress, but not yet. " + reasons);
    }

    private static Optional<Recommendation> rebalance(List<BalanceReport> balance, WeekPlan latestWeek) {
        long weeksShort =
                balance.stream().filter(r -> r.has(RuleId.PUSH_PULL_RATIO)).count();
        if (weeksShort < REBALANCE_WEEKS) {
            return Optional.empty();
        }
        List<Finding> latest = balance.getLast().findingsOf(RuleId.PUSH_PULL_RATIO);
        String shortIn = "Pulling fell short of pressing in " + weeksShort + " of the " + balance.size() + " weeks.";
        if (latest.isEmpty()) {
            return Optional.of(Recommendation.of(
                    RecommendationKind.REBALANCE,
                    REBALANCE_TITLE,
                    shortIn + " The latest week is back on target; keep the extra rows in."));
        }
        String what = RebalanceSummary.of(latestWeek, latest.getFirst())
                .orElse("Add rows or shoulder-blade work beside the pressing.");
        return Optional.of(new Recommendation(
                RecommendationKind.REBALANCE,
                REBALANCE_TITLE,
                shortIn + " For the latest week: " + what,
                latest.getFirst().suggestions()));
    }

    static final String REBALANCE_TITLE = "Rebalance pushing and pulling";

    private static Recommendation timeFrame() {
        return Recommendation.of(
                RecommendationKind.TIME_FRAME,
                "Give it time",
                "Fresh muscle pain often settles within a few days to two weeks. Pain that has built up"
                        + " over months of sitting or slouching usually needs four to eight weeks of regular"
                        + " work before it clearly changes.");
    }

    // English like the rest of the advice ("80%") until recommendations become Texts.
    static String percent(double share) {
        return Quantities.percent(share, Locale.ENGLISH);
    }

    static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
