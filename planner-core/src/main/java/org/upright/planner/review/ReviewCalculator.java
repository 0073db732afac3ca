package org.upright.planner.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.upright.planner.balance.BalanceEvaluator;
import org.upright.planner.balance.BalanceMetrics;
import org.upright.planner.balance.BalanceReport;
import org.upright.planner.balance.Targets;
import org.upright.planner.exercise.ExerciseLookup;
import org.upright.planner.safety.Disclaimer;
import org.upright.planner.safety.PainReading;
import org.upright.planner.safety.PainTally;
import org.upright.planner.safety.PainWeeks;
import org.upright.planner.safety.SafetyAssessment;
import org.upright.planner.safety.SafetyAssessor;
import org.upright.planner.safety.SafetyHistory;
import org.upright.planner.safety.WeeklyAdherence;
import org.upright.planner.safety.WeeklyPain;

/**
 * Computes a 4–6 week review (domain §6). Pure and thread-safe.
 *
 * <p>Each week's plan is evaluated by the balance rules against the week before it (so the volume
 * rule can speak from the second week on; the first week has no earlier plan in the review). The
 * safety status is worked out by {@link SafetyAssessor} from the period's pain check-ins and
 * adherence plus every red-flag check and clearance on record.
 */
public final class ReviewCalculator {

    private final BalanceEvaluator evaluator;

    /** @param lookup the exercises the balance suggestions may name (the built-in catalogue) */
    public ReviewCalculator(ExerciseLookup lookup) {
        this.evaluator = new BalanceEvaluator(Objects.requireNonNull(lookup, "exercise lookup"));
    }

    public ReviewReport review(ReviewInput input) {
        List<WeekRecord> weeks = input.weeks();
        List<BalanceReport> balance = new ArrayList<>(weeks.size());
        List<WeekReview> rows = new ArrayList<>(weeks.size());
        List<PainReading> readings = new ArrayList<>();
        List<WeeklyAdherence> adherence = new ArrayList<>(weeks.size());
        long planned = 0;
        long completed = 0;
        for (int i = 0; i < weeks.size(); i++) {
            WeekRecord week = weeks.get(i);
            // Each week against the targets in force that week: changing them never re-scores the past.
            TargetsInForce standard = input.inForce().get(i);
            BalanceReport report = i == 0
                    ? evaluator.evaluate(week.plan(), standard.profile(), standard.targets())
                    : evaluator.evaluate(week.plan(), weeks.get(i - 1).plan(), standard.profile(), standard.targets());
            balance.add(report);
            SessionCounts counts = SessionCounts.of(week);
            adherence.add(new WeeklyAdherence(week.weekStart(), counts.planned(), counts.completed()));
            planned += counts.planned();
            completed += counts.completed();
            readings.addAll(week.painCheckIns());
            rows.add(row(week, report, counts, standard.targets()));
        }
        SafetyAssessment safety = SafetyAssessor.assess(
                new SafetyHistory(input.redFlagChecks(), input.clearances(), readings, adherence));
        List<WeeklyPain> pain = PainWeeks.of(readings);
        OptionalDouble overall =
                planned == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) completed / planned);
        return new ReviewReport(
                weeks.getFirst().weekStart(),
                weeks.getLast().weekStart(),
                rows,
                trends(rows, pain),
                overall,
                safety,
                ReviewAdvice.recommend(
                        overall, pain, safety, balance, weeks.getLast().plan()),
                Disclaimer.TEXT);
    }

    private static WeekReview row(WeekRecord week, BalanceReport report, SessionCounts counts, Targets targets) {
        BalanceMetrics m = report.metrics();
        List<WeeklyPain> pain = PainWeeks.of(week.painCheckIns());
        return new WeekReview(
                week.weekStart(),
                counts.planned(),
                counts.completed(),
                counts.unplanned(),
                counts.planned() == 0
                        ? OptionalDouble.empty()
                        : OptionalDouble.of((double) counts.completed() / counts.planned()),
                m.pushSets(),
                m.pullSets(),
                m.pushPullRatio(),
                m.horizontalRatio(),
                m.mobilitySessions(),
                m.thoracicWarmUpCompliance(),
                m.routineDays(),
                week.habitTicks().size(),
                pain.isEmpty() ? OptionalDouble.empty() : mean(pain.getFirst().before()),
                pain.isEmpty() ? OptionalDouble.empty() : mean(pain.getFirst().after()),
                report.findings(),
                report.score(),
                targets);
    }

    private static OptionalDouble mean(PainTally tally) {
        return tally.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(tally.mean());
    }

    private static ReviewTrends trends(List<WeekReview> rows, List<WeeklyPain> pain) {
        WeekReview first = rows.getFirst();
        WeekReview last = rows.getLast();
        return new ReviewTrends(
                new Change(first.adherence(), last.adherence()),
                new Change(first.pushPullRatio(), last.pushPullRatio()),
                new Change(first.horizontalRatio(), last.horizontalRatio()),
                Change.of(first.mobilitySessions(), last.mobilitySessions()),
                Change.of(first.routineDays(), last.routineDays()),
                Change.of(first.habitTicks(), last.habitTicks()),
                painChange(pain, WeeklyPain::all),
                painChange(pain, WeeklyPain::before),
                painChange(pain, WeeklyPain::after),
                Change.of(first.balanceScore(), last.balanceScore()));
    }

    /** First and last week with readings of that kind. */
    private static Change painChange(List<WeeklyPain> pain, Function<WeeklyPain, PainTally> which) {
        List<PainTally> tallies =
                pain.stream().map(which).filter(t -> !t.isEmpty()).toList();
        if (tallies.isEmpty()) {
            return new Change(OptionalDouble.empty(), OptionalDouble.empty());
        }
        return Change.of(tallies.getFirst().mean(), tallies.getLast().mean());
    }
}
