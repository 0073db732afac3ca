package org.upright.planner.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.upright.planner.report.chart.ReviewCharts;
import org.upright.planner.report.chart.SvgChartWriter;
import org.upright.planner.report.chart.WeeklyChart;

/** Writes sample PDFs and SVGs to target/samples for a look (not a test). */
public final class RenderSamples {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/samples");
        Files.createDirectories(dir);
        ReviewPdf pdf = new ReviewPdf();
        Files.write(
                dir.resolve("six-weeks.pdf"),
                pdf.render(SampleReviews.sixWeeks().build()));
        Files.write(
                dir.resolve("no-logs.pdf"), pdf.render(SampleReviews.noLogs().build()));
        Files.write(
                dir.resolve("single-week.pdf"),
                pdf.render(SampleReviews.singleWeekWithData().build()));
        Files.write(
                dir.resolve("red-flag.pdf"), pdf.render(SampleReviews.redFlag().build()));
        Files.write(
                dir.resolve("long.pdf"),
                pdf.render(SampleReviews.sixWeeks()
                        .lifterName("Maria-Magdalena Ŝtefănescu-Øvergaard ".repeat(6))
                        .coachNote(SampleReviews.longNote(9_000))
                        .paperSize(PaperSize.LETTER)
                        .build()));
        int i = 0;
        for (WeeklyChart chart : ReviewCharts.all()) {
            Files.writeString(
                    dir.resolve("chart-" + i++ + ".svg"),
                    SvgChartWriter.toSvg(
                            chart.build(SampleReviews.sixWeeks().build().weeks(), Locale.ENGLISH), 560, 300, "c" + i));
        }
    }
}
