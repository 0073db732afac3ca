package org.upright.planner.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A review printed for a German, French or Spanish reader reads in that language when the PDF is
 * read back: headings, labels, the severity tags, week notation, dates and the decimal comma.
 */
class ReviewInTheReadersLanguageTest {

    private static List<PdfReadBack.Page> printed(Locale locale) {
        return PdfReadBack.read(
                new ReviewPdf().render(SampleReviews.sixWeeks().locale(locale).build()));
    }

    /** French and German put a (narrow) no-break space before % and : ; compare with plain spaces. */
    private static String spaced(String text) {
        return text.replaceAll("\\h+", " ");
    }

    @Test
    void aGermanReviewReadsInGermanWithDecimalCommasAndCalendarWeeks() {
        List<PdfReadBack.Page> pages = printed(Locale.GERMANY);
        String cover = spaced(pages.getFirst().text());
        assertThat(cover)
                .contains("TRAININGSAUSWERTUNG", "6 Wochen: KW 14/2026 bis KW 19/2026")
                .contains("(30. März 2026 – 10. Mai 2026)", "0,75 → 1,56", "83 %")
                .contains("Sicherheitscheck: alles in Ordnung", "Kennzahlen", "ZUGSÄTZE PRO DRÜCKSATZ")
                .contains("Wie es weitergeht")
                .doesNotContain("Key figures", "Training review", "Page 1 of");
        assertThat(pages.get(1).text()).contains("Deine Wochen in Diagrammen", "Drück- und Zugsätze pro Woche");
        String rest = PdfReadBack.allText(pages.subList(2, pages.size()));
        assertThat(rest)
                .contains("Woche für Woche", "KW 14/2026", "Zug pro Drücksatz (r)")
                .contains("Zug pro Drücksatz (r) 0,75 0,92 1,3", "Schmerz vorher (0–10) 5,5 5 4,5")
                .contains("Auffälligkeiten", "DRINGEND", "WARNUNG", "HINWEIS")
                .contains("Seite 3 von")
                .doesNotContain("Week by week", "Findings");
        assertThat(PdfReadBack.allText(pages)).contains("Trainingsauswertung · " + SampleReviews.LIFTER);
    }

    @Test
    void aGermanReviewOfRealWeeksPrintsTheFindingsInGerman() {
        ReviewSheet english =
                ReviewSheets.of(CoreReviews.review(CoreReviews.improving()), PaperSize.A4, Locale.ENGLISH);
        ReviewSheet german = ReviewSheets.of(CoreReviews.review(CoreReviews.improving()), PaperSize.A4, Locale.GERMANY);
        assertThat(english.findings()).hasSameSizeAs(german.findings()).isNotEmpty();
        String text = spaced(PdfReadBack.allText(PdfReadBack.read(new ReviewPdf().render(german))));
        assertThat(german.findings()).allSatisfy(f -> {
            assertThat(english.findings()).extracting(Finding::message).doesNotContain(f.message());
            assertThat(text).contains(spaced(f.message()).substring(0, 30));
        });
        assertThat(german.findings())
                .extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).startsWith("Behoben seit KW 15 (aufgetreten in KW 14, KW 15): "));
    }

    /**
     * The advice ("What to do next") prints in the report's language, numbers included: headline
     * and words in German, the pain means with a decimal comma, "%" after a space.
     */
    @Test
    void aGermanReviewOfRealWeeksPrintsTheAdviceInGerman() {
        ReviewSheet english =
                ReviewSheets.of(CoreReviews.review(CoreReviews.improving()), PaperSize.A4, Locale.ENGLISH);
        ReviewSheet german = ReviewSheets.of(CoreReviews.review(CoreReviews.improving()), PaperSize.A4, Locale.GERMANY);
        assertThat(german.recommendations())
                .extracting(Recommendation::title)
                .contains("Zeit für mehr Kraft", "Gib dir Zeit");
        assertThat(german.recommendations())
                .extracting(Recommendation::text)
                .anySatisfy(t -> assertThat(t)
                        .matches("Deine Schmerzen sind von \\d+,\\d auf \\d+,\\d von 10 gesunken, und du hast \\d+ %"
                                + " deiner Einheiten gemacht\\. Mach das Krafttraining jetzt etwas schwerer: .*"));
        assertThat(english.recommendations())
                .extracting(Recommendation::title)
                .contains("Time to build more strength", "Give it time");

        String text = spaced(PdfReadBack.allText(PdfReadBack.read(new ReviewPdf().render(german))));
        assertThat(text)
                .contains("Zeit für mehr Kraft", "Gib dir Zeit", "Deine Schmerzen sind von")
                .doesNotContain("Time to build more strength", "Give it time", "Your pain went from", "Fresh muscle");
    }

    @Test
    void aFrenchReviewWritesPercentAndWeeksTheFrenchWay() {
        String all = spaced(PdfReadBack.allText(printed(Locale.FRANCE)));
        assertThat(all)
                .contains("BILAN D’ENTRAÎNEMENT", "Chiffres clés", "Semaine par semaine", "S14/2026")
                .contains("Tirage par série de poussée (r) 0,75 0,92", "Assiduité 75 % 100 %")
                .doesNotContain("Key figures");
    }

    @Test
    void aSpanishReviewReadsInSpanish() {
        String all = PdfReadBack.allText(printed(Locale.of("es", "ES")));
        assertThat(all)
                .contains("REVISIÓN DEL ENTRENAMIENTO", "Cifras clave", "Semana a semana", "Observaciones")
                .contains("Tirón por serie de empuje (r) 0,75 0,92")
                .doesNotContain("Key figures");
    }

    @Test
    void theFileNameFollowsTheReadersLanguage() {
        ReviewSheet sheet = SampleReviews.sixWeeks().locale(Locale.GERMANY).build();
        assertThat(ReviewSheets.fileName(sheet))
                .isEqualTo("Auswertung " + SampleReviews.LIFTER + " KW 14_2026 bis KW 19_2026.pdf");
        assertThat(ReviewSheets.fileName(SampleReviews.sixWeeks().build()))
                .isEqualTo("Review " + SampleReviews.LIFTER + " 2026-W14 to 2026-W19.pdf");
    }

    @Test
    void aRoutineCardInGermanNamesTheDaysInGerman() {
        RoutineCardPdf.RoutineCard card = new RoutineCardPdf.RoutineCard(
                "Jules",
                "Rückenroutine",
                List.of(new RoutineCardPdf.Line("Band-Rudern", "2 × 15", "")),
                RoutineCardPdfTest.FIRST_DAY,
                List.of("Fieber"),
                "Allgemeine Übungshinweise, keine Diagnose.",
                PaperSize.A4);
        String text = PdfReadBack.read(new RoutineCardPdf().render(card, Locale.GERMANY))
                .getFirst()
                .text();
        assertThat(text)
                .contains("RÜCKENKARTE", "Schmerztagebuch: 14 Tage", "Vorher", "Nachher", "Erledigt")
                .contains("Mo., 23. Nov.", "So., 6. Dez.")
                .doesNotContain("Pain log", "Mon 23 Nov");
    }
}
