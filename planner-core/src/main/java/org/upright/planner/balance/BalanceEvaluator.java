package org.upright.planner.balance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.upright.planner.exercise.ExerciseLookup;

/**
 * Evaluates a week against the rules of domain §3: {@code (week, previous week or none, lifter,
 * targets) → report}. Pure and thread-safe; one instance can serve every request.
 *
 * <p>Findings come in rule order ({@link #RULES}), and within a rule in plan order.
 */
public final class BalanceEvaluator {

    /** Every rule, in the order their findings are listed. */
    public static final List<BalanceRule> RULES = List.of(
            new PushPullRatioRule(),
            new ThoracicWarmUpRule(),
            new MobilityFrequencyRule(),
            new ScapularStrengthFrequencyRule(),
            new RoutineFrequencyRule(),
            new VolumeJumpRule(),
            new BreathingPracticeRule());

    private final ExerciseLookup lookup;

    /** @param lookup where suggestions find the exercises they name (use the built-in catalogue) */
    public BalanceEvaluator(ExerciseLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup, "exercise lookup");
    }

    /** Evaluates a week with no previous week to compare against (so no volume-jump finding). */
    public BalanceReport evaluate(WeekPlan week, LifterProfile profile, Targets targets) {
        return run(week, null, profile, targets, null);
    }

    /**
     * Evaluates a week against the week before it.
     *
     * @throws IllegalArgumentException if {@code previousWeek} is not the week just before
     */
    public BalanceReport evaluate(WeekPlan week, WeekPlan previousWeek, LifterProfile profile, Targets targets) {
        Objects.requireNonNull(previousWeek, "previous week (use the three-argument evaluate when there is none)");
        if (!previousWeek.weekStart().equals(week.weekStart().minusWeeks(1))) {
            throw new IllegalArgumentException("the previous week must start on "
                    + week.weekStart().minusWeeks(1) + ", was " + previousWeek.weekStart());
        }
        return run(week, previousWeek, profile, targets, null);
    }

    /**
     * Evaluates a week in the middle of a click of "Apply all": the suggestions respect what the
     * click has already used of {@code budget}. {@code previousWeek} may be {@code null}.
     */
    BalanceReport evaluate(
            WeekPlan week, WeekPlan previousWeek, LifterProfile profile, Targets targets, FixBudget budget) {
        return run(week, previousWeek, profile, targets, budget);
    }

    ExerciseLookup lookup() {
        return lookup;
    }

    private BalanceReport run(
            WeekPlan week, WeekPlan previousWeek, LifterProfile profile, Targets targets, FixBudget budget) {
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(profile, "lifter profile");
        Objects.requireNonNull(targets, "targets");
        WeekFacts facts = new WeekFacts(week);
        WeekFacts previousFacts = previousWeek == null ? null : new WeekFacts(previousWeek);
        RuleContext context = new RuleContext(
                facts, previousFacts, profile, targets, lookup, budget == null ? FixBudget.startingFrom(week) : budget);
        List<Finding> findings = new ArrayList<>();
        for (BalanceRule rule : RULES) {
            findings.addAll(rule.check(context));
        }
        return new BalanceReport(week.weekStart(), facts.metrics(), findings, BalanceScore.of(findings));
    }

    /** Runs a single rule, for screens that explain one rule at a time. */
    public List<Finding> check(BalanceRule rule, WeekPlan week, LifterProfile profile, Targets targets) {
        RuleContext context =
                new RuleContext(new WeekFacts(week), null, profile, targets, lookup, FixBudget.startingFrom(week));
        return rule.check(context);
    }
}
