package org.upright.planner.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.upright.planner.report.PdfReadBack.Page;

class ReviewPdfTest {

    private final ReviewPdf pdf = new ReviewPdf();

    private List<Page> render(ReviewSheet sheet) {
        return PdfReadBack.read(pdf.render(sheet));
    }

    @Nested
    class TypicalSixWeekReview {

        private final List<Page> pages = render(SampleReviews.sixWeeks().build());
        private final String text = PdfReadBack.allText(pages);

        @Test
        void starts_with_a_pdf_header_and_has_cover_charts_and_table_pages() {
            byte[] bytes = pdf.render(SampleReviews.sixWeeks().build());
            assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
            assertThat(pages).hasSize(3);
            assertThat(pages.get(0).text()).contains("Key figures", "What to do next");
            assertThat(pages.get(1).text()).contains("Your weeks in charts");
            assertThat(pages.get(2).text()).contains("Week by week", "Findings");
        }

        @Test
        void cover_shows_name_coach_period_and_key_figures() {
            String cover = pages.getFirst().text();
            assertThat(cover)
                    .contains(SampleReviews.LIFTER)
                    .contains(SampleReviews.COACH)
                    .contains("2026-W14 to 2026-W19")
                    .contains("30 Mar 2026", "10 May 2026")
                    .contains("6 weeks");
            assertThat(cover)
                    .contains("83%") // 20 of 24 sessions
                    .contains("20 of 24 planned sessions")
                    .contains("0.75 → 1.56") // pull per push, first → last week
                    .contains("Target 1.5 or more")
                    .contains("2.3 a week")
                    .contains("5 of 6 weeks on target (2 or more a week)")
                    .contains("5.5 → 3")
                    .contains("Down 2.5 points")
                    .contains("58 → 81");
        }

        @Test
        void prints_recommendations_findings_and_the_coach_note() {
            assertThat(text)
                    .contains("1. Progress strengthening", "2. Give it time")
                    .contains("Add one set to your rows")
                    .contains("Week 2026-W14: pull sets were well below push sets")
                    .contains("ALERT", "WARNING", "NOTE")
                    .contains("A note from your coach, " + SampleReviews.COACH)
                    .contains("Great block, Zoë! Rows are finally ahead of presses.");
        }

        @Test
        void lists_findings_most_severe_first() {
            String table = pages.get(2).text();
            assertThat(table.indexOf("ALERT")).isLessThan(table.indexOf("WARNING"));
            assertThat(table.indexOf("WARNING")).isLessThan(table.indexOf("NOTE"));
        }

        @Test
        void weekly_table_has_a_column_per_week_and_the_measures() {
            String table = pages.get(2).text();
            for (IsoWeek week : SampleReviews.SIX_WEEKS.weeks()) {
                assertThat(table).contains(week.toString());
            }
            assertThat(table)
                    .contains("Sessions done / planned", "Pull per push set (r)", "Rows per press (horizontal r)")
                    .contains("Thoracic warm-up", "Routine days", "Habit ticks", "Pain before", "Pain after")
                    .contains("Balance score", "Open findings")
                    .contains("0.75", "1.56", "5.5");
        }

        @Test
        void chart_text_is_real_text_in_the_embedded_font() {
            assertThat(pages.get(1).text())
                    .contains("Push and pull sets per week", "Pull needed for target")
                    .contains("Mobility sessions per week", "Target: 2–3 a week")
                    .contains("Pain per week (0–10)", "Before sessions", "After sessions")
                    .contains("Planned sessions done", "Balance score per week");
        }

        @Test
        void every_page_carries_the_disclaimer_and_page_x_of_y() {
            for (Page page : pages) {
                assertThat(page.text())
                        .contains("General exercise guidance, not a diagnosis")
                        .contains("Page " + page.number() + " of " + pages.size());
            }
        }

        @Test
        void every_font_on_every_page_is_embedded_liberation_sans() {
            for (Page page : pages) {
                assertThat(page.fonts()).as("fonts on page %d", page.number()).isNotEmpty();
                for (PDFont font : page.fonts()) {
                    assertThat(font.isEmbedded())
                            .as("%s on page %d is embedded", font.getName(), page.number())
                            .isTrue();
                    assertThat(font.getName()).contains("LiberationSans");
                }
            }
        }

        @Test
        void charts_are_vector_drawings_not_images() {
            Page charts = pages.get(1);
            assertThat(charts.forms()).as("one form XObject per chart").isGreaterThanOrEqualTo(5);
            for (Page page : pages) {
                assertThat(page.images())
                        .as("image XObjects on page %d", page.number())
                        .isZero();
            }
        }

        @Test
        void no_text_leaves_the_page() {
            assertAllGlyphsInside(pages);
        }
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void page_size_is_the_paper_asked_for(PaperSize paper) {
        List<Page> pages = render(SampleReviews.redFlag().paperSize(paper).build());
        assertThat(pages.get(1).text())
                .as("all five charts fit on one page, even with the red-flag banner")
                .contains(
                        "Push and pull sets per week",
                        "Mobility sessions per week",
                        "Pain per week (0–10)",
                        "Planned sessions done",
                        "Balance score per week");
        for (Page page : pages) {
            assertThat(page.width()).isEqualTo(paper.widthPoints());
            assertThat(page.height()).isEqualTo(paper.heightPoints());
        }
        assertThat(PaperSize.A4.widthPoints()).isEqualTo(595);
        assertThat(PaperSize.A4.heightPoints()).isEqualTo(842);
        assertThat(PaperSize.LETTER.widthPoints()).isEqualTo(612);
        assertThat(PaperSize.LETTER.heightPoints()).isEqualTo(792);
    }

    @Test
    void names_and_notes_in_european_scripts_extract_exactly() {
        String latin = "Zoë Łukasiewicz-Ångström";
        String greek = "Δημήτρης";
        String cyrillic = "Юлия Кузнецова";
        ReviewSheet sheet = SampleReviews.sixWeeks()
                .lifterName(cyrillic)
                .coachName(greek)
                .coachNote("Ελληνικά: καλή πρόοδος. Русский: отличная работа. Polski: świetnie, Ćwiczenia."
                        + " Čeština: výborně. Français: très bien, garçon. Deutsch: Schultergürtel, Grüße.")
                .build();
        String text = PdfReadBack.allText(render(sheet));
        assertThat(text)
                .contains(cyrillic, greek)
                .contains("Ελληνικά: καλή πρόοδος.", "Русский: отличная работа.")
                .contains("Polski: świetnie, Ćwiczenia.", "Čeština: výborně.")
                .contains("Français: très bien, garçon.", "Deutsch: Schultergürtel, Grüße.");
        assertThat(PdfReadBack.allText(
                        render(SampleReviews.sixWeeks().lifterName(latin).build())))
                .contains(latin);
    }

    @Test
    void a_very_long_name_wraps_on_the_cover_and_is_shortened_in_the_running_header() {
        String name = "Maria-Magdalena Ŝtefănescu-Øvergaard ".repeat(7).strip();
        List<Page> pages = render(SampleReviews.sixWeeks().lifterName(name).build());
        // The name wraps after a hyphen; the line break reads back as a space.
        String cover = pages.getFirst().text().replace("- ", "-");
        assertThat(cover).contains(name);
        assertThat(pages.get(1).text())
                .contains("Training review · Maria-Magdalena")
                .contains("…");
        assertAllGlyphsInside(pages);
    }

    @Test
    void a_name_without_spaces_is_broken_rather_than_running_off_the_page() {
        String name = "Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaftschaferswessen"
                + "schafewarenwohlgepflegeundsorgfaltigkeitbeschutzenvonangreifendurchihrraubgierigfeinde";
        List<Page> pages = render(SampleReviews.sixWeeks().lifterName(name).build());
        assertThat(pages.getFirst().text().replace(" ", "")).contains(name);
        assertAllGlyphsInside(pages);
    }

    @Test
    void a_note_of_several_thousand_characters_flows_onto_further_pages() {
        String note = SampleReviews.longNote(9_000) + "Last words of the note.";
        List<Page> pages = render(SampleReviews.sixWeeks().coachNote(note).build());
        assertThat(pages.size()).isGreaterThanOrEqualTo(5);
        assertThat(pages.getLast().text()).contains("Last words of the note.");
        for (Page page : pages) {
            assertThat(page.text()).contains("Page " + page.number() + " of " + pages.size());
            assertThat(page.text()).contains("General exercise guidance, not a diagnosis");
        }
        StringBuilder body = new StringBuilder();
        for (Page page : pages) {
            body.append(page.text()
                    .replace("Training review · " + SampleReviews.LIFTER + " 2026-W14 to 2026-W19 ", "")
                    .replace(SampleReviews.DISCLAIMER + " Page " + page.number() + " of " + pages.size() + " ", ""));
        }
        assertThat(body.toString()).contains(note.replaceAll("\\s+", " ").strip());
        assertAllGlyphsInside(pages);
    }

    @Test
    void a_long_disclaimer_wraps_in_the_footer_without_covering_the_content() {
        String disclaimer = ("This review is general exercise guidance and not a diagnosis. ")
                .repeat(8)
                .strip();
        List<Page> pages =
                render(SampleReviews.sixWeeks().disclaimer(disclaimer).build());
        for (Page page : pages) {
            assertThat(page.text()).contains(disclaimer);
        }
        assertAllGlyphsInside(pages);
    }

    @Nested
    class NothingLoggedYet {

        private final List<Page> pages = render(SampleReviews.noLogs().build());

        @Test
        void charts_say_so_instead_of_drawing_zeros() {
            String charts = pages.get(1).text();
            assertThat(charts).contains("No check-ins yet").contains("No sessions logged yet");
        }

        @Test
        void cover_says_no_check_ins_and_no_sessions_logged() {
            String cover = pages.getFirst().text();
            assertThat(cover)
                    .contains("No check-ins yet")
                    .contains("No sessions logged yet")
                    .contains("Nothing logged yet")
                    .doesNotContain("0 a week");
            assertThat(cover).contains("Юлия Кузнецова").doesNotContain("Coach:");
        }

        @Test
        void weekly_table_shows_dashes_not_zeros_for_pain() {
            String table = pages.get(2).text();
            assertThat(table).contains("Pain before (0–10) – – – –");
            assertThat(table).contains("Nothing open");
        }

        @Test
        void is_printed_on_letter_paper_when_asked() {
            assertThat(pages).allSatisfy(p -> assertThat(p.height()).isEqualTo(792));
        }
    }

    @Test
    void a_single_week_with_data_shows_that_week_and_no_data_for_the_rest() {
        List<Page> pages = render(SampleReviews.singleWeekWithData().build());
        String cover = pages.getFirst().text();
        assertThat(cover)
                .contains("Only one week with check-ins so far")
                .contains("67%")
                .contains("1 of 1 logged week on target (2 or more a week)");
        assertThat(pages.get(1).text()).contains("no data").doesNotContain("No check-ins yet");
    }

    @Nested
    class RedFlagOpen {

        private final List<Page> pages = render(SampleReviews.redFlag().build());

        @Test
        void every_page_carries_the_red_flag_banner() {
            for (Page page : pages) {
                assertThat(page.text())
                        .as("page %d", page.number())
                        .contains("RED FLAG: stop training and see a medical professional now.");
            }
        }

        @Test
        void cover_shows_the_notice_with_the_reasons_before_the_key_figures() {
            String cover = pages.getFirst().text();
            assertThat(cover)
                    .contains("RED FLAG: see a medical professional now")
                    .contains("Your plan is paused")
                    .contains("numbness and tingling in your left arm")
                    .contains("urgent / emergency care");
            assertThat(cover.indexOf("RED FLAG: see a medical professional now"))
                    .isLessThan(cover.indexOf("Key figures"));
        }
    }

    @Test
    void a_referral_shows_its_own_notice() {
        ReviewSheet sheet = SampleReviews.sixWeeks()
                .safety(new SafetyStatus(
                        SafetyLevel.REFER,
                        List.of("Your pain has not dropped in four weeks. A physical therapist can help.")))
                .build();
        List<Page> pages = render(sheet);
        assertThat(pages.getFirst().text())
                .contains("Time to see a professional")
                .contains("A physical therapist can help.");
        assertThat(pages.get(1).text()).doesNotContain("RED FLAG");
    }

    @Test
    void streaming_leaves_the_output_open_for_the_next_zip_entry() throws Exception {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (FilterOutputStream out = new FilterOutputStream(bytes) {
            @Override
            public void close() {
                closed[0] = true;
            }
        }) {
            pdf.render(SampleReviews.sixWeeks().build(), out);
            assertThat(closed[0]).isFalse();
        }
        assertThat(PdfReadBack.read(bytes.toByteArray())).hasSize(3);
    }

    @Test
    void renders_correctly_from_several_threads_at_once() throws Exception {
        List<Callable<String>> jobs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ReviewSheet sheet = (i % 2 == 0 ? SampleReviews.sixWeeks() : SampleReviews.redFlag())
                    .lifterName("Lifter " + i + " Ærøskøbing")
                    .build();
            jobs.add(() -> PdfReadBack.allText(PdfReadBack.read(pdf.render(sheet))));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<String>> results = pool.invokeAll(jobs);
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).contains("Lifter " + i + " Ærøskøbing", "Page 3 of 3");
            }
        }
    }

    private static void assertAllGlyphsInside(List<Page> pages) {
        for (Page page : pages) {
            for (TextPosition glyph : page.glyphs()) {
                assertThat(glyph.getXDirAdj())
                        .as("'%s' on page %d", glyph.getUnicode(), page.number())
                        .isBetween(0f, page.width() - glyph.getWidthDirAdj());
                assertThat(glyph.getYDirAdj())
                        .as("'%s' on page %d", glyph.getUnicode(), page.number())
                        .isBetween(0f, page.height());
            }
        }
    }
}
