package org.upright.planner.ui.review;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.upright.planner.report.PaperSize;
import org.upright.planner.report.ReviewPdf;
import org.upright.planner.report.ReviewSheet;
import org.upright.planner.report.ReviewSheets;
import org.upright.planner.review.LifterReview;
import org.upright.planner.review.ReviewService;

/**
 * A lifter's review as the screen and the PDF show it: loaded through {@link ReviewService}, which
 * decides who may see it, and turned into the printable sheet. The screen and the downloaded PDF
 * are built from the same sheet, so they always agree.
 */
@Service
public class ReviewPrinter {

    private final ReviewService reviews;
    private final ReviewPdf pdf = new ReviewPdf();

    ReviewPrinter(ReviewService reviews) {
        this.reviews = reviews;
    }

    /**
     * The review and its sheet in the reader's language ({@code locale}: the words, numbers and
     * dates of screen and PDF); see {@link ReviewService#review} for who may ask and what is refused.
     */
    @PreAuthorize("isAuthenticated()")
    public Printable prepare(long lifterId, LocalDate endWeek, int weekCount, PaperSize paper, Locale locale) {
        LifterReview review = reviews.review(lifterId, endWeek, weekCount);
        return new Printable(review, ReviewSheets.of(review, paper, locale));
    }

    /** Writes the sheet as a PDF to {@code out}, which is left open. */
    @PreAuthorize("isAuthenticated()")
    public void write(ReviewSheet sheet, OutputStream out) {
        pdf.render(sheet, out);
    }

    /** A review and the sheet made from it. */
    public record Printable(LifterReview review, ReviewSheet sheet) {

        public String fileName() {
            return ReviewSheets.fileName(sheet);
        }
    }
}
