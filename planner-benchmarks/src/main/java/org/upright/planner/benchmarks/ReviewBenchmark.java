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
import org.upright.planner.review.ReviewCalculator;
import org.upright.planner.review.ReviewInput;
import org.upright.planner.review.ReviewReport;

/** Computing a six-week review of realistic weeks with logs and pain check-ins. Goal: median ≤ 200 µs. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReviewBenchmark {

    private ReviewCalculator calculator;
    private ReviewInput input;

    @Setup
    public void setUp() {
        calculator = new ReviewCalculator(BenchmarkPlans.CATALOGUE);
        input = BenchmarkPlans.sixWeekReview();
    }

    @Benchmark
    public ReviewReport sixWeekReview() {
        return calculator.review(input);
    }
}
