package org.upright.planner.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.upright.planner.balance.BalanceEvaluator;
import org.upright.planner.balance.CoordinatedFixes;
import org.upright.planner.balance.FixPlan;
import org.upright.planner.balance.WeekPlan;

/**
 * "Apply all" (the coordinated fixes of domain §3, ADR 0014) on the realistic week: 6 sessions, 40
 * prescriptions, heavier pressing than the week before, a lifter with upper-back care — so
 * push:pull, warm-up, routine and breathing fixes all run, within last week's volume. Goal (issue
 * 12): median ≤ 2 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ApplyAllBenchmark {

    private CoordinatedFixes fixes;
    private WeekPlan week;
    private WeekPlan previousWeek;

    @Setup
    public void setUp() {
        fixes = new CoordinatedFixes(new BalanceEvaluator(BenchmarkPlans.CATALOGUE));
        week = BenchmarkPlans.week(BenchmarkPlans.FIRST_MONDAY.plusWeeks(1), 2);
        previousWeek = BenchmarkPlans.week(BenchmarkPlans.FIRST_MONDAY, 0);
        if (week.sessionCount() != 6
                || week.sessions().mapToLong(s -> s.prescriptions().count()).sum() != 40) {
            throw new IllegalStateException("the benchmark week should hold 6 sessions and 40 prescriptions");
        }
        FixPlan plan = applyAll();
        if (plan.edits().isEmpty()) {
            throw new IllegalStateException("the benchmark week should have fixes to make");
        }
    }

    @Benchmark
    public FixPlan applyAll() {
        return fixes.planAll(week, previousWeek, BenchmarkPlans.LIFTER, BenchmarkPlans.TARGETS);
    }
}
