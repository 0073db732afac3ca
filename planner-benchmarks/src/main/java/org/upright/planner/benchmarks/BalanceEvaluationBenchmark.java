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
import org.upright.planner.balance.BalanceReport;
import org.upright.planner.balance.WeekPlan;

/**
 * Evaluating a realistic week (6 sessions, 40 prescriptions) against the week before it, with the
 * findings and suggestions a typical week produces. Goal: median ≤ 20 µs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BalanceEvaluationBenchmark {

    private BalanceEvaluator evaluator;
    private WeekPlan week;
    private WeekPlan previousWeek;

    @Setup
    public void setUp() {
        evaluator = new BalanceEvaluator(BenchmarkPlans.CATALOGUE);
        week = BenchmarkPlans.week(BenchmarkPlans.FIRST_MONDAY.plusWeeks(1), 2);
        previousWeek = BenchmarkPlans.week(BenchmarkPlans.FIRST_MONDAY, 0);
        if (week.sessions().mapToLong(s -> s.prescriptions().count()).sum() != 40) {
            throw new IllegalStateException("the benchmark week should hold 40 prescriptions");
        }
    }

    @Benchmark
    public BalanceReport evaluateWeek() {
        return evaluator.evaluate(week, previousWeek, BenchmarkPlans.LIFTER, BenchmarkPlans.TARGETS);
    }
}
