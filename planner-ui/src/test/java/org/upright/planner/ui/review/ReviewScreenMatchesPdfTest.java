package org.upright.planner.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.upright.planner.balance.Block;
import org.upright.planner.balance.BlockType;
import org.upright.planner.balance.LifterProfile;
import org.upright.planner.balance.PlanDay;
import org.upright.planner.balance.Prescription;
import org.upright.planner.balance.Session;
import org.upright.planner.balance.SessionKind;
import org.upright.planner.balance.Targets;
import org.upright.planner.balance.WeekPlan;
import org.upright.planner.exercise.BuiltInCatalog;
import org.upright.planner.exercise.CatalogSlugs;
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.Equipment;
import org.upright.planner.report.PaperSize;
import org.upright.planner.report.ReviewPdf;
import org.upright.planner.report.ReviewSheet;
import org.upright.planner.report.ReviewSheets;
import org.upright.planner.review.LifterReview;
import org.upright.planner.review.Recommendation;
import org.upright.planner.review.ReviewCalculator;
import org.upright.planner.review.ReviewInput;
import org.upright.planner.review.SessionLog;
import org.upright.planner.review.WeekRecord;
import org.upright.planner.safety.PainReading;

/**
 * The review screen and the review PDF say the same thing in the same words (issue 12: "80 %" on
 * screen against "80%" on paper, different explanations under the same figure). One review is shown
 * and printed; every figure, explanation, heading and piece of advice on screen must be found in
 * the PDF, read back with PDFBox.
 */
class ReviewScreenMatchesPdfTest {

    static final BuiltInCatalog CATALOGUE = BuiltInCatalog.instance();
    static final LocalDate LAST = LocalDate.of(2026, 5, 4);

    @Test
    void everyWordOnTheScreenIsTheSameInThePdf() {
        LifterReview review = review();
        ReviewSheet sheet = ReviewSheets.of(review, PaperSize.A4, Locale.ENGLISH);
        String pdf = Pdfs.read(new ReviewPdf().render(sheet)).text();
        String pdfSquashed = squashed(pdf);

        List<String> screen = new ArrayList<>();
        texts(ReviewSections.safety(sheet.safety(), sheet.locale()), screen);
        texts(ReviewSections.keyFigures(sheet.keyFigures(), sheet.locale()), screen);
        texts(
                ReviewSections.recommendations(
                        sheet.recommendations(),
                        review.report().recommendations().stream()
                                .map(Recommendation::kind)
                                .toList()),
                screen);
        // The findings' messages are the sheet's own strings on both sides (ReviewSheets.findings);
        // read back from the PDF's two-column findings table they come out interleaved with the
        // severity tags, so they are compared as the sheet holds them, not through PDFBox.
        assertThat(sheet.findings()).isNotEmpty();
        Grid<?> table = (Grid<?>) ReviewSections.weeklyTable(sheet.weeks(), sheet.locale());
        table.getColumns().stream()
                .map(Grid.Column::getHeaderText)
                .filter(h -> !"Week".equals(h))
                .forEach(screen::add);

        assertThat(screen).as("what the screen shows").hasSizeGreaterThan(12);
        assertThat(screen)
                .as("screen text missing from the PDF (headings may be in capitals there)")
                .filteredOn(text -> !pdfSquashed.contains(squashed(text)))
                .isEmpty();
        assertThat(pdf).contains("80%").doesNotContain("80 %");
    }

    /**
     * Case and line breaks apart: the PDF prints small headings in capitals, and where a line wraps
     * the text read back has a break (or none) where the screen has a space.
     */
    private static String squashed(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ENGLISH);
    }

    /** The texts of headings, paragraphs and spans, as a reader sees them. */
    private static void texts(Component component, List<String> into) {
        if (component instanceof Span || component instanceof Paragraph || component instanceof H3) {
            String text = component.getElement().getText().strip();
            if (!text.isEmpty()) {
                into.add(text);
            }
        }
        component.getChildren().forEach(child -> texts(child, into));
    }

    /** Five weeks: four of five sessions done each week (80%), some pain check-ins, a press-heavy plan. */
    static LifterReview review() {
        LifterProfile profile = LifterProfile.general(Set.of(Equipment.BARBELL, Equipment.DUMBBELL));
        Targets targets = Targets.defaultsFor(profile);
        List<WeekRecord> weeks = new ArrayList<>();
        for (int back = 4; back >= 0; back--) {
            LocalDate monday = LAST.minusWeeks(back);
            WeekPlan plan = new WeekPlan(
                    monday,
                    Stream.of(0, 1, 2, 3, 4)
                            .map(d -> PlanDay.of(monday.plusDays(d), session(monday.plusDays(d) + "-s", d)))
                            .toList());
            List<SessionLog> logs = new ArrayList<>();
            for (int d = 0; d < 4; d++) {
                logs.add(SessionLog.Done.on(monday.plusDays(d), monday.plusDays(d) + "-s"));
            }
            weeks.add(new WeekRecord(
                    plan,
                    logs,
                    List.of(PainReading.before(monday, 6 - back), PainReading.after(monday, 5 - back)),
                    List.of()));
        }
        var report =
                new ReviewCalculator(CATALOGUE).review(new ReviewInput(weeks, profile, targets, List.of(), List.of()));
        return new LifterReview(
                3L, "Sam Screen", Optional.of("Cleo Coach"), report, targets, Optional.empty(), LAST.plusDays(8));
    }

    private static Session session(String id, int day) {
        if (day % 2 == 1) {
            return Session.of(
                    id,
                    SessionKind.MOBILITY,
                    "Mobility",
                    Block.of(BlockType.MAIN, p(id + "-m", CatalogSlugs.CAT_COW, Dose.rounds(2, 8, 12))));
        }
        return Session.of(
                id,
                SessionKind.STRENGTH,
                "Press",
                Block.of(
                        BlockType.MAIN,
                        p(id + "-b", CatalogSlugs.BENCH_PRESS, Dose.reps(5, 5, 5)),
                        p(id + "-o", CatalogSlugs.OVERHEAD_PRESS, Dose.reps(4, 8, 8)),
                        p(id + "-r", CatalogSlugs.DUMBBELL_ROW, Dose.repsPerSide(2, 10, 10))));
    }

    private static Prescription p(String id, String slug, Dose dose) {
        return Prescription.fromSlug(id, slug, dose, CATALOGUE);
    }
}
