package org.upright.planner.ui.review;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.upright.planner.report.IsoWeek;
import org.upright.planner.report.PaperSize;
import org.upright.planner.report.ReviewPdf;
import org.upright.planner.report.ReviewSheet;
import org.upright.planner.report.ReviewSheets;
import org.upright.planner.review.LifterReview;
import org.upright.planner.review.ReviewPrinting;

/**
 * Bulk downloads print the same review PDF, from the same sheet, as a single download does.
 *
 * <p>Language: a bulk job does not store one yet (no column for it), so the ZIP and its reviews
 * are printed in {@link #LANGUAGE} until the job carries the coach's choice or each client's own
 * language.
 */
@Component
class ReviewZipPrinting implements ReviewPrinting {

    static final Locale LANGUAGE = Locale.ENGLISH;

    private final ReviewPdf pdf = new ReviewPdf();

    @Override
    public String zipName(LocalDate firstWeek, LocalDate lastWeek) {
        return ReviewSheets.zipName(IsoWeek.of(firstWeek), IsoWeek.of(lastWeek), LANGUAGE);
    }

    @Override
    public void print(LifterReview review, String paper, Function<String, OutputStream> entry) {
        ReviewSheet sheet = ReviewSheets.of(review, PaperSize.valueOf(paper), LANGUAGE);
        try (OutputStream out = entry.apply(ReviewSheets.fileName(sheet))) {
            pdf.render(sheet, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
