package org.upright.planner.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.upright.planner.report.PdfReadBack.Page;

/**
 * Whatever the model allows, the PDF renders: every page the right size, with the disclaimer and its
 * page number, only embedded fonts, no bitmaps, and the lifter's name on the cover. Random sheets
 * from fixed seeds (reproducible; see docs/adr/0004).
 */
class ReviewPdfPropertyTest {

    private static final char[][] ALPHABETS = {
        "abcdefghijklmnopqrstuvwxyz".toCharArray(),
        "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿąćęłńśźżčďěňřšťůž".toCharArray(),
        "αβγδεζηθικλμνξοπρστυφχψω".toCharArray(),
        "абвгдежзийклмнопрстуфхцчшщъыьэюя".toCharArray()
    };

    private final ReviewPdf pdf = new ReviewPdf();

    static List<Long> seeds() {
        return java.util.stream.LongStream.range(0, 40).boxed().toList();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyValidReviewRendersACompletePdf(long seed) {
        ReviewSheet sheet = sheet(new Random(seed));

        List<Page> pages = PdfReadBack.read(pdf.render(sheet));

        assertThat(pages.size()).isGreaterThanOrEqualTo(3);
        assertThat(pages.getFirst().text()).contains(sheet.lifterName());
        String disclaimerStart = sheet.disclaimer().substring(0, 20);
        for (Page page : pages) {
            assertThat(page.width()).isEqualTo(sheet.paperSize().widthPoints());
            assertThat(page.height()).isEqualTo(sheet.paperSize().heightPoints());
            assertThat(page.text()).contains(disclaimerStart, "Page " + page.number() + " of " + pages.size());
            assertThat(page.images()).isZero();
            assertThat(page.fonts()).allMatch(PDFont::isEmbedded);
            if (sheet.safety().redFlag()) {
                assertThat(page.text()).contains("RED FLAG");
            }
        }
    }

    private static ReviewSheet sheet(Random random) {
        int count = 4 + random.nextInt(3);
        IsoWeek last = IsoWeek.of(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(701)));
        ReviewPeriod period = ReviewPeriod.endingWith(last, count);
        List<WeekRow> weeks = new ArrayList<>();
        for (IsoWeek week : period.weeks()) {
            weeks.add(week(random, week));
        }
        SafetyLevel level = SafetyLevel.values()[random.nextInt(SafetyLevel.values().length)];
        SafetyStatus safety = level == SafetyLevel.CLEAR
                ? SafetyStatus.clear()
                : new SafetyStatus(level, List.of("You reported something that needs a professional look."));
        return ReviewSheet.builder()
                .lifterName(name(random))
                .coachName(random.nextInt(10) < 3 ? null : name(random))
                .period(period)
                .paperSize(PaperSize.values()[random.nextInt(PaperSize.values().length)])
                .weeks(weeks)
                .finding(Severity.WARNING, "Pull sets were below target in two weeks.")
                .safety(safety)
                .recommendation("Keep going", "Keep the plan for two more weeks.")
                .coachNote(random.nextInt(10) < 3 ? null : text(random, 1 + random.nextInt(150)))
                .disclaimer(SampleReviews.DISCLAIMER)
                .generatedOn(period.lastDay().plusDays(1))
                .build();
    }

    /** Everything a week can hold, each optional value sometimes missing. */
    private static WeekRow week(Random random, IsoWeek week) {
        int planned = random.nextInt(13);
        int done = random.nextInt(13);
        double push = Math.round(random.nextDouble() * 400) / 10.0;
        double pull = Math.round(random.nextDouble() * 400) / 10.0;
        WeekRow.Builder row = WeekRow.builder(week)
                .sessions(planned, done)
                .sets(push, pull)
                .ratioTarget(random.nextBoolean() ? 1.0 : 1.5)
                .mobility(random.nextInt(8), MobilityBand.DEFAULT)
                .pain(maybePain(random), maybePain(random))
                .thoracicWarmUpPercent(random.nextInt(10) < 2 ? null : random.nextInt(101))
                .balanceScore(random.nextInt(10) < 3 ? null : random.nextInt(101))
                .routineDays(Math.min(7, done))
                .habitTicks(done * 2)
                .openFindings(planned % 3);
        if (push > 0) {
            row.horizontalPullPerPush(pull / push);
        }
        return row.build();
    }

    private static Double maybePain(Random random) {
        return random.nextInt(10) < 3 ? null : Math.round(random.nextDouble() * 100) / 10.0;
    }

    /** One to four words in Latin with diacritics, Greek or Cyrillic. */
    private static String name(Random random) {
        int words = 1 + random.nextInt(4);
        List<String> parts = new ArrayList<>();
        for (int w = 0; w < words; w++) {
            char[] alphabet = ALPHABETS[random.nextInt(ALPHABETS.length)];
            StringBuilder word = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int i = 0; i < length; i++) {
                word.append(alphabet[random.nextInt(alphabet.length)]);
            }
            parts.add(word.toString());
        }
        return String.join(" ", parts);
    }

    private static String text(Random random, int sentences) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            parts.add(name(random));
        }
        return String.join(". ", parts);
    }
}
