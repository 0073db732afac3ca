package org.upright.planner.ui.review;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.upright.planner.account.ProfileService;
import org.upright.planner.common.Texts;
import org.upright.planner.report.IsoWeek;
import org.upright.planner.report.PaperSize;
import org.upright.planner.report.ReviewPdf;
import org.upright.planner.report.ReviewSheet;
import org.upright.planner.report.ReviewSheets;
import org.upright.planner.review.LifterReview;
import org.upright.planner.review.ReviewPrinting;

/**
 * Bulk downloads and mailed reviews print the same review PDF, from the same sheet, as a single
 * download does.
 *
 * <p>Language (issue 13): each client's review, and its file name, is printed in that client's own
 * language (their stored setting, English if they have none), as a single download defaults to; the
 * ZIP is named in the language of the coach who asks for it. The worker runs as that coach, so
 * reading a client's language goes through the one access decision.
 */
@Component
class ReviewZipPrinting implements ReviewPrinting {

    private final ReviewPdf pdf = new ReviewPdf();
    private final ProfileService profiles;

    ReviewZipPrinting(ProfileService profiles) {
        this.profiles = profiles;
    }

    @Override
    public String zipName(LocalDate firstWeek, LocalDate lastWeek) {
        return ReviewSheets.zipName(
                IsoWeek.of(firstWeek),
                IsoWeek.of(lastWeek),
                profiles.myLanguage().orElse(Texts.LANGUAGES.getFirst()));
    }

    @Override
    public void print(LifterReview review, String paper, Function<String, OutputStream> entry) {
        Locale language = profiles.languageOf(review.lifterId());
        // No paper named: a review sent by itself, printed on the paper usual where its language is read
        PaperSize size = paper == null ? PaperSize.defaultFor(language) : PaperSize.valueOf(paper);
        ReviewSheet sheet = ReviewSheets.of(review, size, language);
        try (OutputStream out = entry.apply(ReviewSheets.fileName(sheet))) {
            pdf.render(sheet, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
