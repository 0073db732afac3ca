package org.upright.planner.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.arbitraries.StringArbitrary;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.upright.planner.report.PdfReadBack.Page;

/**
 * Whatever the model allows, the PDF renders: every page the right size, with the disclaimer and its
 * page number, only embedded fonts, no bitmaps, and the lifter's name on the cover.
 */
class ReviewPdfPropertyTest {

    private final ReviewPdf pdf = new ReviewPdf();

    @Property(tries = 40)
    void any_valid_review_renders_a_complete_pdf(@ForAll("sheets") ReviewSheet sheet) {
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

    @Provide
    Arbitrary<ReviewSheet> sheets() {
        Arbitrary<Integer> weekCount = Arbitraries.integers().between(4, 6);
        Arbitrary<IsoWeek> lastWeek = Arbitraries.integers()
                .between(0, 700)
                .map(days -> IsoWeek.of(LocalDate.of(2025, 1, 1).plusDays(days)));
        return Combinators.combine(
                        weekCount,
                        lastWeek,
                        name(),
                        name().injectNull(0.3),
                        week().list().ofSize(6),
                        Arbitraries.of(PaperSize.class),
                        safety(),
                        text(1_500).injectNull(0.3))
                .as((count, last, lifter, coach, rows, paper, safety, note) -> {
                    ReviewPeriod period = ReviewPeriod.endingWith(last, count);
                    List<WeekRow> weeks = new ArrayList<>();
                    List<IsoWeek> periodWeeks = period.weeks();
                    for (int i = 0; i < count; i++) {
                        weeks.add(rows.get(i).apply(periodWeeks.get(i)));
                    }
                    return ReviewSheet.builder()
                            .lifterName(lifter)
                            .coachName(coach)
                            .period(period)
                            .paperSize(paper)
                            .weeks(weeks)
                            .finding(Severity.WARNING, "Pull sets were below target in two weeks.")
                            .safety(safety)
                            .recommendation("Keep going", "Keep the plan for two more weeks.")
                            .coachNote(note)
                            .disclaimer(SampleReviews.DISCLAIMER)
                            .generatedOn(period.lastDay().plusDays(1))
                            .build();
                });
    }

    /** A row maker: everything a week can hold, each optional value sometimes missing. */
    private Arbitrary<java.util.function.Function<IsoWeek, WeekRow>> week() {
        Arbitrary<Integer> small = Arbitraries.integers().between(0, 12);
        Arbitrary<Double> sets = Arbitraries.doubles().between(0, 40).ofScale(1);
        Arbitrary<Double> pain = Arbitraries.doubles().between(0, 10).ofScale(1).injectNull(0.3);
        Arbitrary<Integer> percent = Arbitraries.integers().between(0, 100).injectNull(0.2);
        Arbitrary<Training> training = Combinators.combine(small, small, sets, sets, Arbitraries.of(1.0, 1.5))
                .as(Training::new);
        Arbitrary<Wellbeing> wellbeing = Combinators.combine(
                        Arbitraries.integers().between(0, 7), pain, pain, percent, percent.injectNull(0.2))
                .as(Wellbeing::new);
        return Combinators.combine(training, wellbeing).as((t, w) -> week -> {
            WeekRow.Builder row = WeekRow.builder(week)
                    .sessions(t.planned(), t.done())
                    .sets(t.push(), t.pull())
                    .ratioTarget(t.target())
                    .mobility(w.mobility(), MobilityBand.DEFAULT)
                    .pain(w.before(), w.after())
                    .thoracicWarmUpPercent(w.warmUp())
                    .balanceScore(w.score())
                    .routineDays(Math.min(7, t.done()))
                    .habitTicks(t.done() * 2)
                    .openFindings(t.planned() % 3);
            if (t.push() > 0) {
                row.horizontalPullPerPush(t.pull() / t.push());
            }
            return row.build();
        });
    }

    private record Training(int planned, int done, double push, double pull, double target) {}

    private record Wellbeing(int mobility, Double before, Double after, Integer warmUp, Integer score) {}

    private Arbitrary<SafetyStatus> safety() {
        return Arbitraries.of(SafetyLevel.class)
                .map(level -> level == SafetyLevel.CLEAR
                        ? SafetyStatus.clear()
                        : new SafetyStatus(level, List.of("You reported something that needs a professional look.")));
    }

    /** Names of one to four words in Latin with diacritics, Greek or Cyrillic. */
    private Arbitrary<String> name() {
        StringArbitrary word = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('À', 'Ö')
                .withCharRange('Ø', 'ö')
                .withCharRange('ø', 'ž')
                .withCharRange('Α', 'Ρ')
                .withCharRange('Σ', 'ω')
                .withCharRange('А', 'я')
                .ofMinLength(1)
                .ofMaxLength(14);
        return word.list().ofMinSize(1).ofMaxSize(4).map(words -> String.join(" ", words));
    }

    private Arbitrary<String> text(int maxWords) {
        return name().list().ofMinSize(1).ofMaxSize(maxWords / 10).map(parts -> String.join(". ", parts));
    }
}
