package org.upright.planner.benchmarks;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
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
import org.upright.planner.report.PaperSize;
import org.upright.planner.report.ReviewPdf;
import org.upright.planner.report.ReviewSheet;
import org.upright.planner.report.ReviewSheets;
import org.upright.planner.review.LifterReview;
import org.upright.planner.review.ReviewCalculator;
import org.upright.planner.review.ReviewNote;

/**
 * A six-week review as a PDF, from data already assembled: the core's calculated review mapped to
 * the printable sheet and rendered (five vector charts, embedded fonts). Goal: median ≤ 15 ms warm.
 * {@link #renderSheet} is the rendering alone; {@link #mapAndRender} adds the mapping from the
 * calculated review, which is what each client of a bulk download costs besides the database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReviewPdfBenchmark {

    private final ReviewPdf pdf = new ReviewPdf();
    private LifterReview review;
    private ReviewSheet sheet;

    @Setup
    public void setUp() {
        var report = new ReviewCalculator(BenchmarkPlans.CATALOGUE).review(BenchmarkPlans.sixWeekReview());
        review = new LifterReview(
                1L,
                "Zoë Łukasiewicz-Ångström",
                Optional.of("Δημήτρης Παπαδόπουλος"),
                report,
                BenchmarkPlans.TARGETS,
                Optional.of(new ReviewNote(
                        "Great block. Rows are ahead of presses now.\n\nNext: add band pull-aparts to the desk breaks.",
                        "Δημήτρης Παπαδόπουλος",
                        Instant.EPOCH,
                        0)),
                LocalDate.of(2025, 10, 14));
        sheet = ReviewSheets.of(review, PaperSize.A4, Locale.ENGLISH);
    }

    @Benchmark
    public ReviewSheet renderSheet() {
        pdf.render(sheet, OutputStream.nullOutputStream());
        return sheet;
    }

    @Benchmark
    public ReviewSheet mapAndRender() {
        ReviewSheet mapped = ReviewSheets.of(review, PaperSize.A4, Locale.ENGLISH);
        pdf.render(mapped, OutputStream.nullOutputStream());
        return mapped;
    }
}
