package org.upright.planner.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Whatever script a lifter's name, a coach's note or a custom exercise is written in, the review and
 * the routine card print it: read back with PDFBox the text is there in logical (reading) order,
 * every glyph drawn is a real glyph of an embedded font (never .notdef), and an emoji is printed.
 */
class EveryScriptPrintsTest {

    /** One sample per script: a name, a note and an exercise a user could type. */
    enum Script {
        LATIN("Zoë Łukasiewicz-Ångström", "Schulterblätter nach hinten, ruhig atmen.", "Rudern am Kabel"),
        GREEK("Δημήτρης Παπαδόπουλος", "Κράτα τις ωμοπλάτες κάτω και πίσω.", "Κωπηλατική με λάστιχο"),
        CYRILLIC("Юлия Кузнецова", "Держи лопатки сведёнными и дыши ровно.", "Тяга резинки к груди"),
        HEBREW("דוד כהן", "שמור על השכמות למטה ולאחור", "חתירה עם גומייה"),
        ARABIC("ليلى حداد", "حافظ على لوحي الكتف للأسفل والخلف", "تجديف بالحبل المطاطي"),
        CJK("王小明", "肩胛骨向后向下，慢慢呼吸。", "弹力带划船"),
        JAPANESE("さくら 山田", "肩甲骨を下げて、ゆっくり呼吸。", "チューブローイング"),
        KOREAN("김민준", "어깨뼈를 내리고 천천히 호흡하세요.", "밴드 로우");

        final String name;
        final String note;
        final String exercise;

        Script(String name, String note, String exercise) {
            this.name = name;
            this.note = note;
            this.exercise = exercise;
        }

        boolean rightToLeft() {
            return this == HEBREW || this == ARABIC;
        }
    }

    static final String EMOJI_NOTE = "Great week 💪 keep going 👍";

    @ParameterizedTest
    @EnumSource(Script.class)
    void theReviewPrintsTheNameTheNoteAndTheCoachInEveryScript(Script script) {
        ReviewSheet sheet = SampleReviews.sixWeeks()
                .lifterName(script.name)
                .coachName(script.name)
                .coachNote(script.note + "\n\n" + EMOJI_NOTE)
                .finding(Severity.INFO, script.exercise + ": 3 × 10")
                .build();
        byte[] pdf = new ReviewPdf().render(sheet);
        keep(pdf, "review-" + script);
        List<PdfReadBack.Page> pages = PdfReadBack.read(pdf);
        String all = PdfReadBack.allText(pages);

        assertPrinted(all, script.name, script);
        assertPrinted(all, script.note, script);
        assertPrinted(all, script.exercise, script);
        assertThat(all).contains("Great week", "keep going").contains("💪", "👍");
        assertNoMissingGlyphs(pages);
    }

    @ParameterizedTest
    @EnumSource(Script.class)
    void theRoutineCardPrintsTheNameTheExerciseAndTheNoteInEveryScript(Script script) {
        RoutineCardPdf.RoutineCard card = new RoutineCardPdf.RoutineCard(
                script.name,
                script.exercise,
                List.of(
                        new RoutineCardPdf.Line(script.exercise, "2 × 15", script.note),
                        new RoutineCardPdf.Line("Chin tucks 🙂", "1 × 10", "")),
                RoutineCardPdfTest.FIRST_DAY,
                RoutineCardPdfTest.SIGNS,
                RoutineCardPdfTest.DISCLAIMER,
                PaperSize.A4);
        byte[] pdf = new RoutineCardPdf().render(card, Locale.ENGLISH);
        keep(pdf, "card-" + script);
        List<PdfReadBack.Page> pages = PdfReadBack.read(pdf);
        assertThat(pages).hasSize(1);
        String text = pages.getFirst().text();

        assertPrinted(text, script.name, script);
        assertPrinted(text, script.exercise, script);
        assertPrinted(text, script.note, script);
        assertThat(text).contains("Chin tucks 🙂");
        assertNoMissingGlyphs(pages);
    }

    /**
     * Left-to-right scripts read back exactly as typed. For Hebrew and Arabic PDFBox re-orders what
     * it reads into logical order, but the PDF's own shaping (Arabic letters take their joined forms)
     * and line direction make an exact match of a whole sentence fragile, so each word must be there.
     */
    private static void assertPrinted(String text, String typed, Script script) {
        // PDFBox folds Arabic presentation forms and full-width punctuation (NFKC); so does the check.
        String read = nfkc(text);
        if (!script.rightToLeft()) {
            assertThat(read).as(script + " reads back as typed").contains(nfkc(typed));
            return;
        }
        for (String word : typed.split(" ")) {
            assertThat(read).as(script + " word '" + word + "' reads back").contains(nfkc(word));
        }
    }

    private static String nfkc(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
    }

    /** Every glyph drawn maps to a real glyph of its font: nothing printed as an empty box. */
    private static void assertNoMissingGlyphs(List<PdfReadBack.Page> pages) {
        List<String> missing = new ArrayList<>();
        for (PdfReadBack.Page page : pages) {
            for (TextPosition glyph : page.glyphs()) {
                PDFont font = glyph.getFont();
                try {
                    if (font instanceof PDType0Font type0 && type0.codeToGID(glyph.getCharacterCodes()[0]) == 0) {
                        missing.add(glyph.getUnicode() + " in " + font.getName());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        assertThat(missing).as("glyphs printed as .notdef").isEmpty();
    }

    private static void keep(byte[] pdf, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "scripts"));
            Files.write(dir.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
