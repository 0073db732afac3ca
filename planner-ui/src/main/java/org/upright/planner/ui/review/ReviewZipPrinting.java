package org.upright.planner.ui.review;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.upright.planner.report.FileNames;
import org.upright.planner.report.IsoWeek;
import org.upright.planner.report.PaperSize;
import org.upright.planner.report.ReviewPdf;
import org.upright.planner.report.ReviewSheet;
import org.upright.planner.report.ReviewSheets;
import org.upright.planner.review.LifterReview;
import org.upright.planner.review.ReviewPrinting;

/** Bulk downloads print the same review PDF, from the same sheet, as a single download does. */
@Component
class ReviewZipPrinting implements ReviewPrinting {

    private final ReviewPdf pdf = new ReviewPdf();

    @Override
    public String zipName(LocalDate firstWeek, LocalDate lastWeek) {
        return FileNames.safe("Upright reviews " + IsoWeek.of(firstWeek) + " to " + IsoWeek.of(lastWeek)) + ".zip";
    }

    @Override
    public void print(LifterReview review, String paper, Function<String, OutputStream> entry) {
        ReviewSheet sheet = ReviewSheets.of(review, PaperSize.valueOf(paper));
        try (OutputStream out = entry.apply(ReviewSheets.fileName(sheet))) {
            pdf.render(sheet, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
