package org.upright.planner.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.planner.exercise.CatalogSlugs.BARBELL_ROW;
import static org.upright.planner.exercise.CatalogSlugs.BENCH_PRESS;
import static org.upright.planner.exercise.CatalogSlugs.CAT_COW;
import static org.upright.planner.exercise.CatalogSlugs.DUMBBELL_ROW;
import static org.upright.planner.exercise.CatalogSlugs.INCLINE_PRESS;
import static org.upright.planner.exercise.CatalogSlugs.LAT_PULLDOWN;
import static org.upright.planner.exercise.CatalogSlugs.OVERHEAD_PRESS;
import static org.upright.planner.exercise.CatalogSlugs.PUSH_UP;
import static org.upright.planner.exercise.CatalogSlugs.THORACIC_ROTATION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
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
import org.upright.planner.exercise.Dose;
import org.upright.planner.exercise.Equipment;
import org.upright.planner.review.LifterReview;
import org.upright.planner.review.ReviewCalculator;
import org.upright.planner.review.ReviewInput;
import org.upright.planner.review.SessionLog;
import org.upright.planner.review.WeekRecord;
import org.upright.planner.safety.PainReading;

/**
 * The review reads right (issue 12): over many generated reviews — random weeks, random targets,
 * including a mobility target whose band is a single number — the printed review never says "aim
 * for 3 to 3", "3–3", "in the 3 band", ".;" or "..", a week with more mobility than the band is
 * on target, and the rebalance advice is one short sentence. The PDF is read back with PDFBox.
 */
class ReviewTextReadsRightTest {

    static final BuiltInCatalog CATALOGUE = BuiltInCatalog.instance();
    static final ReviewCalculator CALCULATOR = new ReviewCalculator(CATALOGUE);
    static final LocalDate LAST = LocalDate.of(2026, 5, 4);
    static final int REVIEWS = 120;

    /** What no review may say; each with the reason a reader would stumble. */
    static final List<Pattern> CLUMSY = List.of(
            Pattern.compile("\\b(\\d+) to \\1\\b"), // "aim for 3 to 3"
            Pattern.compile("\\b(\\d+)[–-]\\1\\b"), // "2 / 3–3" (ranges are written without spaces)
            Pattern.compile("in the \\d+ band"), // a band of one number
            Pattern.compile("\\.\\s*;"), // a sentence glued to a list
            Pattern.compile("(?<!\\.)\\.\\s*\\.(?!\\.)")); // a doubled full stop

    @Test
    void noGeneratedReviewSaysAnythingClumsy() {
        ReviewPdf pdf = new ReviewPdf();
        for (int seed = 0; seed < REVIEWS; seed++) {
            Random random = new Random(seed);
            LifterReview review = randomReview(random);
            ReviewSheet sheet = ReviewSheets.of(review, PaperSize.A4, Locale.ENGLISH);

            List<String> texts = new ArrayList<>();
            sheet.findings().forEach(f -> texts.add(f.message()));
            sheet.recommendations().forEach(r -> texts.add(r.title() + " " + r.text()));
            texts.add(String.join(
                    " ",
                    PdfReadBack.read(pdf.render(sheet)).stream()
                            .map(PdfReadBack.Page::text)
                            .toList()));
            for (String text : texts) {
                for (Pattern clumsy : CLUMSY) {
                    assertThat(clumsy.matcher(text).find())
                            .as("seed %d: \"%s\" in: %s", seed, clumsy, text)
                            .isFalse();
                }
            }
        }
    }

    @Test
    void weeksWithMoreMobilityThanTheBandAreOnTarget() {
        List<WeekRecord> weeks = new ArrayList<>();
        for (int back = 3; back >= 0; back--) {
            LocalDate monday = LAST.minusWeeks(back);
            weeks.add(WeekRecord.planOnly(week(monday, 1, 1, 5)));
        }
        LifterProfile profile = LifterProfile.general(Set.of(Equipment.BARBELL, Equipment.DUMBBELL));
        Targets targets = Targets.defaultsFor(profile);
        LifterReview review = review(weeks, profile, targets);

        String text = String.join(
                " ",
                PdfReadBack.read(new ReviewPdf().render(ReviewSheets.of(review, PaperSize.A4, Locale.ENGLISH))).stream()
                        .map(PdfReadBack.Page::text)
                        .toList());

        assertThat(review.report().weeks())
                .allSatisfy(w -> assertThat(w.mobilitySessions()).isEqualTo(5));
        assertThat(text).contains("4 of 4 weeks on target");
    }

    @Test
    void theRebalanceAdviceIsAShortSummaryOfPullSetsAndDays() {
        List<WeekRecord> weeks = new ArrayList<>();
        for (int back = 3; back >= 0; back--) {
            weeks.add(WeekRecord.planOnly(pressingWeek(LAST.minusWeeks(back))));
        }
        LifterProfile profile = LifterProfile.general(Set.of(Equipment.BARBELL, Equipment.DUMBBELL, Equipment.CABLE));
        ReviewSheet sheet =
                ReviewSheets.of(review(weeks, profile, Targets.defaultsFor(profile)), PaperSize.A4, Locale.ENGLISH);

        Recommendation rebalance = sheet.recommendations().stream()
                .filter(r -> r.title().startsWith("Rebalance"))
                .findFirst()
                .orElseThrow();
        assertThat(rebalance.text())
                .containsPattern("Add about \\d+ pull sets across (\\w+day, )*\\w+day and \\w+day\\.")
                .contains("Monday", "Wednesday", "Friday")
                .doesNotContain(";")
                .hasSizeLessThan(200);
    }

    /** The pressing lifter: bench 5×5, OHP 4×8; incline 4×8, push-up 3×15, pulldown 3×10; bench 4×6, row 3×8. */
    static WeekPlan pressingWeek(LocalDate monday) {
        return new WeekPlan(
                monday,
                List.of(
                        PlanDay.of(
                                monday,
                                strength(
                                        monday + "-a",
                                        p(monday + "-a1", BENCH_PRESS, Dose.reps(5, 5, 5)),
                                        p(monday + "-a2", OVERHEAD_PRESS, Dose.reps(4, 8, 8)))),
                        PlanDay.of(
                                monday.plusDays(2),
                                strength(
                                        monday + "-b",
                                        p(monday + "-b1", INCLINE_PRESS, Dose.reps(4, 8, 8)),
                                        p(monday + "-b2", PUSH_UP, Dose.reps(3, 15, 15)),
                                        p(monday + "-b3", LAT_PULLDOWN, Dose.reps(3, 10, 10)))),
                        PlanDay.of(
                                monday.plusDays(4),
                                strength(
                                        monday + "-c",
                                        p(monday + "-c1", BENCH_PRESS, Dose.reps(4, 6, 6)),
                                        p(monday + "-c2", BARBELL_ROW, Dose.reps(3, 8, 8))))));
    }

    private static Session strength(String id, Prescription... main) {
        return Session.of(id, SessionKind.STRENGTH, "Lifting", Block.of(BlockType.MAIN, main));
    }

    /** A random week: some lifting with random pressing and pulling, and some mobility sessions. */
    static WeekPlan week(LocalDate monday, int benchSets, int rowSets, int mobilitySessions) {
        List<PlanDay> days = new ArrayList<>();
        days.add(PlanDay.of(
                monday,
                Session.of(
                        monday + "-lift",
                        SessionKind.STRENGTH,
                        "Upper body",
                        Block.of(BlockType.WARM_UP, p(monday + "-w", THORACIC_ROTATION, Dose.repsPerSide(1, 10, 10))),
                        Block.of(
                                BlockType.MAIN,
                                p(monday + "-b", BENCH_PRESS, Dose.reps(benchSets, 8, 8)),
                                p(monday + "-r", DUMBBELL_ROW, Dose.repsPerSide(Math.max(1, rowSets), 10, 10))))));
        for (int i = 0; i < mobilitySessions; i++) {
            LocalDate day = monday.plusDays(1 + i);
            days.add(PlanDay.of(
                    day,
                    Session.of(
                            day + "-mob",
                            SessionKind.MOBILITY,
                            "Mobility",
                            Block.of(BlockType.MAIN, p(day + "-m", CAT_COW, Dose.rounds(2, 8, 12))))));
        }
        return new WeekPlan(monday, days);
    }

    private static LifterReview randomReview(Random random) {
        int count = 4 + random.nextInt(3);
        List<WeekRecord> weeks = new ArrayList<>();
        for (int back = count - 1; back >= 0; back--) {
            LocalDate monday = LAST.minusWeeks(back);
            WeekPlan plan = random.nextInt(4) == 0
                    ? pressingWeek(monday)
                    : week(monday, 1 + random.nextInt(6), random.nextInt(6), random.nextInt(6));
            List<SessionLog> logs = new ArrayList<>();
            plan.days()
                    .forEach(d -> d.sessions().forEach(s -> {
                        if (random.nextBoolean()) {
                            logs.add(SessionLog.Done.on(d.date(), s.id()));
                        }
                    }));
            List<PainReading> pain = random.nextBoolean()
                    ? List.of(
                            PainReading.before(monday, random.nextInt(11)),
                            PainReading.after(monday, random.nextInt(11)))
                    : List.of();
            weeks.add(new WeekRecord(plan, logs, pain, List.of()));
        }
        LifterProfile profile = random.nextBoolean()
                ? LifterProfile.withUpperBackCare(Set.of(Equipment.RESISTANCE_BAND, Equipment.DUMBBELL))
                : LifterProfile.general(Set.of(Equipment.BARBELL, Equipment.DUMBBELL, Equipment.CABLE));
        int min = 1 + random.nextInt(4);
        Targets targets = Targets.defaultsFor(profile)
                .withPushPullRatio(1.0 + random.nextInt(4) * 0.25)
                .withMobilitySessions(min, random.nextBoolean() ? min : min + 1);
        return review(weeks, profile, targets);
    }

    static LifterReview review(List<WeekRecord> weeks, LifterProfile profile, Targets targets) {
        var report = CALCULATOR.review(new ReviewInput(weeks, profile, targets, List.of(), List.of()));
        return new LifterReview(
                7L, "Robin Review", Optional.empty(), report, targets, Optional.empty(), LAST.plusDays(8));
    }

    private static Prescription p(String id, String slug, Dose dose) {
        return Prescription.fromSlug(id, slug, dose, CATALOGUE);
    }
}
