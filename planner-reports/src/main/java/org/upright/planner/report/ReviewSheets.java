package org.upright.planner.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.upright.planner.balance.RuleId;
import org.upright.planner.balance.Targets;
import org.upright.planner.common.Texts;
import org.upright.planner.review.LifterReview;
import org.upright.planner.review.ReviewNote;
import org.upright.planner.review.ReviewReport;
import org.upright.planner.review.WeekReview;
import org.upright.planner.safety.SafetyAssessment;

/**
 * Turns the core's review of a lifter into the printable {@link ReviewSheet}. The screen builds its
 * charts and key figures from the same sheet, so screen and paper can never disagree.
 *
 * <p>Choices made here:
 *
 * <ul>
 *   <li>Adherence is the calculator's: a planned week without any session logged counts as 0 %
 *       done, exactly as the recommendations count it. Only a week with nothing planned has no
 *       adherence.
 *   <li>A week with nothing planned has no balance score (a gap in the chart, a dash in the table)
 *       rather than the score of an empty plan.
 *   <li>Findings: those of the last week are the open ones, printed as they are (a repeat is listed
 *       once) with the other weeks in which the same rule spoke. A rule that spoke earlier in the
 *       period but not in the last week is listed once as a note, "fixed since", with its last message.
 *   <li>The rebalance advice says in one sentence how much pulling to add on which days of the
 *       latest week (the core's summary), so the printout says what to add without listing edits.
 * </ul>
 */
public final class ReviewSheets {

    private ReviewSheets() {}

    /**
     * The sheet in the reader's language: {@code locale} is the language the PDF prints in (a
     * client's own by default; a coach may choose another) and the region its numbers follow.
     */
    public static ReviewSheet of(LifterReview review, PaperSize paperSize, Locale locale) {
        ReviewReport report = review.report();
        ReviewSheet.Builder sheet = ReviewSheet.builder()
                .lifterName(review.lifterName())
                .coachName(review.coachName().orElse(null))
                .period(new ReviewPeriod(IsoWeek.of(report.firstWeek()), IsoWeek.of(report.lastWeek())))
                .paperSize(paperSize)
                .weeks(report.weeks().stream().map(ReviewSheets::row).toList())
                .safety(safety(report.safety(), locale))
                .coachNote(review.note().map(ReviewNote::text).orElse(null))
                .disclaimer(Texts.render(report.disclaimer(), locale))
                .generatedOn(review.generatedOn())
                .locale(locale);
        findings(report.weeks(), locale).forEach(f -> sheet.finding(f.severity(), f.message()));
        report.recommendations()
                .forEach(r -> sheet.recommendation(Texts.render(r.headline(), locale), adviceText(r, locale)));
        return sheet.build();
    }

    /** A week's row, judged against that week's own targets (domain §6). */
    static WeekRow row(WeekReview week) {
        Targets targets = week.targets();
        double ratioTarget = targets.pushPullRatio();
        MobilityBand band = new MobilityBand(targets.mobilitySessionsMin(), targets.mobilitySessionsMax());
        boolean planned = week.plannedSessions() > 0;
        return WeekRow.builder(IsoWeek.of(week.weekStart()))
                .sessions(week.plannedSessions(), week.completedSessions())
                .adherencePercent(
                        week.adherencePercent().isPresent()
                                ? week.adherencePercent().getAsInt()
                                : null)
                .sets(week.pushSets(), week.pullSets())
                .pullPerPush(boxed(week.pushPullRatio()))
                .horizontalPullPerPush(boxed(week.horizontalRatio()))
                .ratioTarget(ratioTarget)
                .mobility(week.mobilitySessions(), band)
                .thoracicWarmUpPercent(percent(week.thoracicWarmUpCompliance()))
                .routineDays(week.routineDays())
                .habitTicks(week.habitTicks())
                .pain(boxed(week.meanPainBefore()), boxed(week.meanPainAfter()))
                .balanceScore(planned ? week.balanceScore() : null)
                .openFindings(week.openFindings().size())
                .build();
    }

    static List<Finding> findings(List<WeekReview> weeks, Locale locale) {
        WeekReview last = weeks.getLast();
        Map<RuleId, List<String>> weeksByRule = new LinkedHashMap<>();
        Map<RuleId, org.upright.planner.balance.Finding> latestEarlier = new LinkedHashMap<>();
        for (WeekReview week : weeks.subList(0, weeks.size() - 1)) {
            for (org.upright.planner.balance.Finding f : week.openFindings()) {
                List<String> labels = weeksByRule.computeIfAbsent(f.rule(), r -> new ArrayList<>());
                String label = Words.weekShort(IsoWeek.of(week.weekStart()), locale);
                if (!labels.contains(label)) {
                    labels.add(label);
                }
                latestEarlier.put(f.rule(), f);
            }
        }
        List<Finding> result = new ArrayList<>();
        Set<String> printed = new LinkedHashSet<>();
        Set<RuleId> open = new LinkedHashSet<>();
        for (org.upright.planner.balance.Finding f : last.openFindings()) {
            open.add(f.rule());
            if (printed.add(message(f, locale))) {
                List<String> earlier = weeksByRule.getOrDefault(f.rule(), List.of());
                String message = earlier.isEmpty()
                        ? message(f, locale)
                        : Words.text(locale, "reports.findings.alsoIn", message(f, locale), String.join(", ", earlier));
                result.add(new Finding(severity(f.severity()), message));
            }
        }
        latestEarlier.forEach((rule, f) -> {
            if (!open.contains(rule)) {
                List<String> seen = weeksByRule.get(rule);
                result.add(new Finding(
                        Severity.INFO,
                        Words.text(
                                locale,
                                "reports.findings.fixedSince",
                                seen.getLast(),
                                String.join(", ", seen),
                                message(f, locale))));
            }
        });
        return result;
    }

    // The domain's finding (a Text) in the sheet's language.
    private static String message(org.upright.planner.balance.Finding finding, Locale locale) {
        return Texts.render(finding.message(), locale);
    }

    static SafetyStatus safety(SafetyAssessment safety, Locale locale) {
        SafetyLevel level = switch (safety.status()) {
            case CLEAR -> SafetyLevel.CLEAR;
            case REFER -> SafetyLevel.REFER;
            case STOP -> SafetyLevel.STOP;
        };
        List<String> lines = safety.notices().stream()
                .map(n -> Texts.render(n.headline(), locale) + ". " + Texts.render(n.message(), locale))
                .distinct()
                .collect(Collectors.toCollection(ArrayList::new));
        if (level != SafetyLevel.CLEAR && lines.isEmpty()) {
            lines.add(Words.text(locale, "reports.safety.seeSomeone"));
        }
        return new SafetyStatus(level, lines);
    }

    /**
     * The advice as the core words it: a recommendation is already a short summary (the rebalance
     * advice says how many pull sets on which days), never a list of every edit. In the report's
     * language, like every other Text on the sheet.
     */
    private static String adviceText(org.upright.planner.review.Recommendation recommendation, Locale locale) {
        return Texts.render(recommendation.message(), locale);
    }

    private static Severity severity(org.upright.planner.balance.Severity severity) {
        return switch (severity) {
            case INFO -> Severity.INFO;
            case WARNING -> Severity.WARNING;
            case ALERT -> Severity.ALERT;
        };
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static Integer percent(OptionalDouble share) {
        return share.isPresent() ? (int) Math.round(share.getAsDouble() * 100) : null;
    }

    /** The file name of a lifter's review PDF: name and period, safe on every file system. */
    public static String fileName(ReviewSheet sheet) {
        Locale locale = sheet.locale();
        return FileNames.safe(Words.text(
                        locale, "reports.file.review", sheet.lifterName(), Words.weeks(sheet.period(), locale)))
                + ".pdf";
    }

    /** The name of a ZIP of many reviews of these weeks, in the coach's language. */
    public static String zipName(IsoWeek first, IsoWeek last, Locale locale) {
        return FileNames.safe(Words.text(locale, "reports.file.zip", Words.weeks(first, last, locale))) + ".zip";
    }
}
