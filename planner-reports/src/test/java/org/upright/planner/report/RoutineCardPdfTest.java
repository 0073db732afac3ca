package org.upright.planner.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoutineCardPdfTest {

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 23);
    static final String DISCLAIMER = "General exercise guidance, not a diagnosis.";
    static final List<String> SIGNS = List.of(
            "Pain that started with a fall or an injury",
            "Fever, or feeling hot and shivery",
            "Numbness, tingling or weakness in arms or legs",
            "Pain that is worse at night or wakes you",
            "Losing weight without trying",
            "Loss of bladder or bowel control: emergency care now");

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void theRoutineTheFourteenDayGridTheWarningsAndTheDisclaimerFitOnOnePage(PaperSize paper) {
        byte[] pdf = new RoutineCardPdf().render(card(lines(8), paper), Locale.ENGLISH);
        keep(pdf, "routine-card-" + paper);

        List<PdfReadBack.Page> pages = PdfReadBack.read(pdf);
        assertThat(pages).hasSize(1);
        PdfReadBack.Page page = pages.getFirst();
        assertThat(page.width()).isEqualTo(paper.widthPoints());
        assertThat(page.text())
                .contains("Zoë Ørsted", "Upper-back routine", "Exercise 1", "1 × 10 per side", "Exercise 8")
                .contains("Pain log: 14 days", "Before", "After", "Done", "Notes")
                .contains("Mon 23 Nov", "Sun 6 Dec")
                .contains(SIGNS.get(0), "emergency care now")
                .contains(DISCLAIMER);
        assertThat(page.images()).as("text and lines only, no bitmaps").isZero();
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void aLongRoutineWithLongNotesIsCutSoTheCardStaysOnePage(PaperSize paper) {
        List<RoutineCardPdf.Line> many = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            many.add(new RoutineCardPdf.Line(
                    "A rather long exercise name number " + i,
                    "2–3 × 20–30 s per side",
                    "Keep the movement slow and stop well short of any pain. ".repeat(6)));
        }

        byte[] pdf = new RoutineCardPdf().render(card(many, paper), Locale.ENGLISH);
        keep(pdf, "routine-card-long-" + paper);
        List<PdfReadBack.Page> pages = PdfReadBack.read(pdf);

        assertThat(pages).hasSize(1);
        assertThat(pages.getFirst().text())
                .contains("number 10")
                .doesNotContain("number 11")
                .contains("and 10 more exercises in the app")
                .contains("Sun 6 Dec", DISCLAIMER);
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void aPausedPlansCardSaysSoAndWithholdsTheRoutine(PaperSize paper) {
        RoutineCardPdf.RoutineCard card = card(lines(8), paper).paused();

        byte[] pdf = new RoutineCardPdf().render(card, Locale.ENGLISH);
        keep(pdf, "routine-card-paused-" + paper);
        List<PdfReadBack.Page> pages = PdfReadBack.read(pdf);

        assertThat(pages).hasSize(1);
        assertThat(pages.getFirst().text())
                .contains("Your plan is paused")
                .contains("doctor or physical therapist")
                .doesNotContain("Exercise 1", "1 × 10 per side", "every day or at least four days a week")
                .contains(SIGNS.get(0), DISCLAIMER);
    }

    /** Leaves the PDF in target/cards for a look by eye. */
    private static void keep(byte[] pdf, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "cards"));
            Files.write(dir.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RoutineCardPdf.RoutineCard card(List<RoutineCardPdf.Line> lines, PaperSize paper) {
        return new RoutineCardPdf.RoutineCard(
                "Zoë Ørsted", "Upper-back routine", lines, FIRST_DAY, SIGNS, DISCLAIMER, paper);
    }

    private static List<RoutineCardPdf.Line> lines(int count) {
        List<RoutineCardPdf.Line> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            lines.add(new RoutineCardPdf.Line("Exercise " + i, "1 × 10 per side", i == 1 ? "slow and easy" : ""));
        }
        return lines;
    }
}
