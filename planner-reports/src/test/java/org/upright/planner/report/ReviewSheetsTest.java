package org.upright.planner.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.upright.planner.common.Texts;
import org.upright.planner.review.LifterReview;
import org.upright.planner.review.RecommendationKind;
import org.upright.planner.review.ReviewNote;
import org.upright.planner.review.WeekRecord;
import org.upright.planner.safety.Disclaimer;
import org.upright.planner.safety.RedFlag;
import org.upright.planner.safety.RedFlagCheck;

/**
 * From the core's calculated review to the printed PDF, read back with PDFBox: the mapping keeps
 * every figure, and the edge cases a real lifter produces (nothing logged, one week of data, a red
 * flag, very long names and notes) all print.
 */
class ReviewSheetsTest {

    private final ReviewPdf pdf = new ReviewPdf();

    private List<PdfReadBack.Page> print(LifterReview review, PaperSize paper) {
        return PdfReadBack.read(pdf.render(ReviewSheets.of(review, paper, Locale.ENGLISH)));
    }

    @Nested
    class ImprovingSixWeeks {

        private final LifterReview review = CoreReviews.review(CoreReviews.improving());
        private final ReviewSheet sheet = ReviewSheets.of(review, PaperSize.A4, Locale.ENGLISH);
        private final List<PdfReadBack.Page> pages = PdfReadBack.read(pdf.render(sheet));
        private final String text = PdfReadBack.allText(pages);

        @Test
        void eachWeekRowCarriesTheCalculatedFiguresAndTheLiftersTargets() {
            assertThat(sheet.period())
                    .isEqualTo(new ReviewPeriod(IsoWeek.parse("2026-W14"), IsoWeek.parse("2026-W19")));
            assertThat(sheet.weeks()).hasSize(6);
            WeekRow first = sheet.weeks().getFirst();
            WeekRow last = sheet.weeks().getLast();
            assertThat(first.pushSets()).isEqualTo(8);
            assertThat(first.pullSets()).isEqualTo(2);
            assertThat(first.pullPerPush()).isEqualTo(0.25);
            assertThat(last.pullSets()).isEqualTo(12);
            assertThat(last.pullPerPush()).isEqualTo(1.5);
            assertThat(last.ratioTarget()).isEqualTo(1.5);
            assertThat(last.mobilityBand()).isEqualTo(MobilityBand.DEFAULT);
            assertThat(sheet.weeks()).allSatisfy(w -> {
                assertThat(w.adherencePercent()).isEqualTo(100);
                assertThat(w.balanceScore()).isNotNull();
            });
            assertThat(first.painBefore()).isEqualTo(6.0);
            assertThat(last.painBefore()).isEqualTo(1.0);
            assertThat(last.painAfter()).isEqualTo(0.0);
            assertThat(sheet.disclaimer()).isEqualTo(Texts.render(Disclaimer.TEXT, Locale.ENGLISH));
        }

        @Test
        void theRecommendationsAreTheCalculatorsInItsOrder() {
            assertThat(review.report().recommends(RecommendationKind.PROGRESS_STRENGTHENING))
                    .isTrue();
            assertThat(sheet.recommendations())
                    .extracting(Recommendation::title)
                    .containsExactlyElementsOf(review.report().recommendations().stream()
                            .map(r -> Texts.render(r.headline(), Locale.ENGLISH))
                            .toList());
        }

        @Test
        void thePdfNamesTheLifterThePeriodTheFiguresAndTheAdvice() {
            assertThat(text)
                    .contains("Zoë Łukasiewicz-Ångström", "Δημήτρης Παπαδόπουλος")
                    .contains("2026-W14 to 2026-W19")
                    .contains("100%", "24 of 24 planned sessions")
                    .contains("0.25 → 1.5")
                    .contains("Time to build more strength", "Give it time")
                    .contains("not a diagnosis");
        }

        @Test
        void fontsAreEmbeddedAndChartsAreVectorDrawings() {
            for (PdfReadBack.Page page : pages) {
                assertThat(page.images()).as("images on page %d", page.number()).isZero();
                for (PDFont font : page.fonts()) {
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(pages.get(1).forms()).isGreaterThanOrEqualTo(5);
        }

        @Test
        void openFindingsNameTheWeeksTheyRecurAndFixedOnesAreListedAsFixed() {
            assertThat(sheet.findings())
                    .filteredOn(f -> f.message().startsWith("Fixed since W15 (seen in W14, W15): Pressing"))
                    .singleElement()
                    .extracting(Finding::severity)
                    .isEqualTo(Severity.INFO);
            assertThat(sheet.findings())
                    .filteredOn(f -> f.message().contains("upper-back routine is planned on 2 days"))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.WARNING);
                        assertThat(f.message()).endsWith("(Also in W14, W15, W16, W17, W18.)");
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void thePaperIsTheOneAskedFor(PaperSize paper) {
        for (PdfReadBack.Page page : print(CoreReviews.review(CoreReviews.improving()), paper)) {
            assertThat(page.width()).isEqualTo(paper.widthPoints());
            assertThat(page.height()).isEqualTo(paper.heightPoints());
        }
    }

    @Test
    void withNothingPlannedOrLoggedTheWeeksShowDashesAndTheReviewStillPrints() {
        LifterReview review = CoreReviews.review(CoreReviews.empty(4));
        ReviewSheet sheet = ReviewSheets.of(review, PaperSize.LETTER, Locale.ENGLISH);

        assertThat(sheet.weeks()).allSatisfy(w -> {
            assertThat(w.adherencePercent()).isNull();
            assertThat(w.balanceScore()).as("no plan, no score").isNull();
            assertThat(w.painBefore()).isNull();
            assertThat(w.nothingLogged()).isTrue();
        });
        String text = PdfReadBack.allText(PdfReadBack.read(pdf.render(sheet)));
        assertThat(text).contains("No sessions logged yet").contains("Give it time");
    }

    @Test
    void aSingleWeekWithDataAmongEmptyWeeksPrintsThatWeek() {
        List<WeekRecord> weeks = new ArrayList<>(CoreReviews.empty(4).subList(0, 3));
        weeks.add(CoreReviews.logged(CoreReviews.LAST, true, 3, 4, 3));
        ReviewSheet sheet = ReviewSheets.of(CoreReviews.review(weeks), PaperSize.A4, Locale.ENGLISH);

        assertThat(sheet.weeks()).hasSize(4);
        assertThat(sheet.weeks().getLast().adherencePercent()).isEqualTo(75);
        assertThat(sheet.keyFigures().painBefore().weeksWithData()).isEqualTo(1);
        String text = PdfReadBack.allText(PdfReadBack.read(pdf.render(sheet)));
        assertThat(text).contains("75%", "3 of 4 planned sessions");
    }

    @Test
    void anOpenRedFlagStopsTheReviewPausesThePlanAndHoldsBackProgression() {
        LifterReview review = CoreReviews.review(
                "Ola Nordmann",
                CoreReviews.improving(),
                List.of(RedFlagCheck.on(CoreReviews.week(1), RedFlag.LOSS_OF_BLADDER_OR_BOWEL_CONTROL)),
                null);
        ReviewSheet sheet = ReviewSheets.of(review, PaperSize.A4, Locale.ENGLISH);

        assertThat(sheet.safety().level()).isEqualTo(SafetyLevel.STOP);
        assertThat(sheet.safety().lines())
                .anySatisfy(line -> assertThat(line).contains("Urgent").contains("emergency care"));
        assertThat(sheet.recommendations().getFirst().title()).isEqualTo("The plan is paused");
        assertThat(sheet.recommendations())
                .extracting(Recommendation::title)
                // While a red flag is open the pause is the whole answer: no "hold the current
                // level", and certainly no progression.
                .doesNotContain("Time to build more strength", "Hold the current level for now");
        List<PdfReadBack.Page> pages = PdfReadBack.read(pdf.render(sheet));
        assertThat(pages).allSatisfy(page -> assertThat(page.text()).contains("RED FLAG"));
    }

    @Test
    void veryLongNamesAndNotesInEuropeanScriptsPrintInFull() {
        String name = "Αλεξάνδρα-Ιωάννα Παπαδοπούλου-Κωνσταντινίδου Щербакова-Ŝtefánsdóttir Żółć";
        String note = ("Ελένη, μπράβο! Отличная работа. Świetnie — ćwicz dalej. Ærlig talt: flott! ").repeat(240);
        LifterReview review = CoreReviews.review(name, CoreReviews.improving(), List.of(), note);
        ReviewSheet sheet = ReviewSheets.of(review, PaperSize.A4, Locale.ENGLISH);
        assertThat(note.strip().length()).isLessThanOrEqualTo(ReviewNote.MAX_LENGTH);

        List<PdfReadBack.Page> pages = PdfReadBack.read(pdf.render(sheet));

        String text = PdfReadBack.allText(pages);
        assertThat(pages.getFirst().text()).contains("Αλεξάνδρα-Ιωάννα", "Щербакова-Ŝtefánsdóttir", "Żółć");
        assertThat(text).contains("Отличная работа.", "Świetnie — ćwicz dalej.", "Ærlig talt: flott!");
        assertThat(pages.size()).isGreaterThan(4);
    }

    @Test
    void theLongestNoteTheServiceAcceptsFitsTheSheet() {
        assertThat(ReviewNote.MAX_LENGTH).isLessThanOrEqualTo(ReviewSheet.MAX_NOTE_LENGTH);
    }

    @Test
    void fileNamesKeepEveryScriptButNoPathCharactersAndStayShort() {
        assertThat(FileNames.safe("Zoë/Łukasz: \"Ångström\"?")).isEqualTo("Zoë_Łukasz_ _Ångström__");
        assertThat(FileNames.safe("  ..hidden. ")).isEqualTo("hidden");
        assertThat(FileNames.safe("\u0000\n")).isEqualTo("__");
        assertThat(FileNames.safe("")).isEqualTo("review");
        assertThat(FileNames.safe("Щ".repeat(400)).length()).isEqualTo(FileNames.MAX_LENGTH);
        ReviewSheet sheet = ReviewSheets.of(CoreReviews.review(CoreReviews.improving()), PaperSize.A4, Locale.ENGLISH);
        assertThat(ReviewSheets.fileName(sheet)).isEqualTo("Review Zoë Łukasiewicz-Ångström 2026-W14 to 2026-W19.pdf");
    }
}
