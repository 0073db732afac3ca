package org.upright.planner.report;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Every piece of review text that is not in the sheet itself — key figures, the weekly table's
 * measures, the safety box's heading and lead, the findings' badges — written once, for the PDF and
 * the review screen alike, in the reader's language (bundle {@code reports}). The PDF only styles it
 * (capitals for labels); the screen shows it as is.
 */
public final class ReviewWording {

    private ReviewWording() {}

    /** One headline number: what it is, its value, and a line that explains it. */
    public record Figure(String label, String value, String detail) {}

    /** One measure of the weekly table: its label, its value in a week, and whether that is off target. */
    public record Measure(String label, Function<WeekRow, String> value, Predicate<WeekRow> offTarget) {
        Measure(String label, Function<WeekRow, String> value) {
            this(label, value, w -> false);
        }
    }

    /** The weekly table's measures, in the order the table prints them, in the reader's language. */
    public static List<Measure> measures(Locale locale) {
        return List.of(
                new Measure(
                        Words.text(locale, "reports.measure.sessions"),
                        w -> Words.text(
                                locale, "reports.measure.sessions.value", w.completedSessions(), w.plannedSessions())),
                new Measure(
                        Words.text(locale, "reports.measure.adherence"),
                        w -> Words.percent(w.adherencePercent(), locale)),
                new Measure(Words.text(locale, "reports.measure.pushSets"), w -> Words.number(w.pushSets(), locale)),
                new Measure(Words.text(locale, "reports.measure.pullSets"), w -> Words.number(w.pullSets(), locale)),
                new Measure(
                        Words.text(locale, "reports.measure.pullPerPush"),
                        w -> w.pushSets() == 0
                                ? Words.text(locale, "reports.measure.pullPerPush.noPush")
                                : Words.twoPlaces(w.pullPerPush(), locale),
                        WeekRow::belowRatioTarget),
                new Measure(
                        Words.text(locale, "reports.measure.rowsPerPress"),
                        w -> Words.ratio(w.horizontalPullPerPush(), locale),
                        w -> w.horizontalPullPerPush() != null && w.horizontalPullPerPush() < w.ratioTarget()),
                new Measure(
                        Words.text(locale, "reports.measure.target"),
                        w -> Words.text(locale, "reports.measure.target.value", Words.number(w.ratioTarget(), locale))),
                new Measure(
                        Words.text(locale, "reports.measure.mobility"),
                        w -> Words.text(
                                locale,
                                "reports.measure.mobility.value",
                                w.mobilitySessions(),
                                w.mobilityBand().toString()),
                        w -> !w.mobilityBand().onTarget(w.mobilitySessions())),
                new Measure(
                        Words.text(locale, "reports.measure.thoracic"),
                        w -> Words.percent(w.thoracicWarmUpPercent(), locale)),
                new Measure(
                        Words.text(locale, "reports.measure.routineDays"),
                        w -> Words.text(locale, "reports.measure.routineDays.value", w.routineDays())),
                new Measure(Words.text(locale, "reports.measure.habitTicks"), w -> Integer.toString(w.habitTicks())),
                new Measure(
                        Words.text(locale, "reports.measure.painBefore"), w -> Words.number(w.painBefore(), locale)),
                new Measure(Words.text(locale, "reports.measure.painAfter"), w -> Words.number(w.painAfter(), locale)),
                new Measure(Words.text(locale, "reports.measure.balanceScore"), w -> Words.count(w.balanceScore())),
                new Measure(
                        Words.text(locale, "reports.measure.openFindings"), w -> Integer.toString(w.openFindings())));
    }

    /** The six headline numbers, in the order the cover prints them. */
    public static List<Figure> keyFigures(KeyFigures figures, Locale locale) {
        return List.of(
                new Figure(
                        Words.text(locale, "reports.figure.sessions"),
                        Words.percent(figures.adherencePercent(), locale),
                        sessions(figures, locale)),
                new Figure(
                        Words.text(locale, "reports.figure.pullPerPush"),
                        Words.trend(figures.pullPerPush(), true, locale),
                        ratio(figures, locale)),
                new Figure(
                        Words.text(locale, "reports.figure.mobility"),
                        mobilityValue(figures, locale),
                        mobility(figures, locale)),
                new Figure(
                        Words.text(locale, "reports.figure.painBefore"),
                        Words.trend(figures.painBefore(), false, locale),
                        pain(figures.painBefore(), locale)),
                new Figure(
                        Words.text(locale, "reports.figure.balanceScore"),
                        Words.trend(figures.balanceScore(), false, locale),
                        score(figures.balanceScore(), locale)),
                new Figure(
                        Words.text(locale, "reports.figure.openFindings"),
                        Integer.toString(figures.openFindingsLastWeek()),
                        Words.text(
                                locale,
                                figures.openFindingsLastWeek() == 0
                                        ? "reports.figure.openFindings.none"
                                        : "reports.figure.openFindings.some")));
    }

    public static String safetyHeading(SafetyLevel level, Locale locale) {
        return Words.text(locale, "reports.safety." + level.name() + ".heading");
    }

    public static String safetyLead(SafetyLevel level, Locale locale) {
        return Words.text(locale, "reports.safety." + level.name() + ".lead");
    }

    public static String severity(Severity severity, Locale locale) {
        return Words.text(locale, "reports.severity." + severity.name());
    }

    /** Said when no finding is open. */
    public static String noFindings(Locale locale) {
        return Words.text(locale, "reports.findings.none");
    }

    /** A label in capitals, as the PDF prints its small headings; capitals follow the language. */
    static String capitals(String label, Locale locale) {
        return label.toUpperCase(locale == null ? Locale.ENGLISH : locale);
    }

    private static String mobilityValue(KeyFigures figures, Locale locale) {
        return figures.mobilityPerWeek() == null
                ? Words.NONE
                : Words.text(locale, "reports.figure.mobility.value", Words.number(figures.mobilityPerWeek(), locale));
    }

    private static String mobility(KeyFigures figures, Locale locale) {
        if (figures.weeksLogged() == 0) {
            return Words.text(locale, "reports.figure.mobility.nothing");
        }
        // The band is a minimum (domain §6): "on target" is the band's bottom or more.
        String key = figures.weeksLogged() == figures.weekCount()
                ? "reports.figure.mobility.onTarget"
                : "reports.figure.mobility.onTargetLogged";
        return Words.text(
                locale,
                key,
                figures.weeksMobilityOnTarget(),
                figures.weeksLogged(),
                figures.mobilityBand().min());
    }

    private static String sessions(KeyFigures figures, Locale locale) {
        return figures.adherencePercent() == null
                ? Words.text(locale, "reports.figure.sessions.none")
                : Words.text(
                        locale,
                        "reports.figure.sessions.detail",
                        figures.completedSessions(),
                        figures.plannedSessions());
    }

    private static String ratio(KeyFigures figures, Locale locale) {
        Trend r = figures.pullPerPush();
        if (!r.hasData()) {
            return Words.text(locale, "reports.figure.pullPerPush.noPush");
        }
        String target = Words.number(figures.ratioTarget(), locale);
        return Words.text(
                locale,
                r.hasChange() ? "reports.figure.pullPerPush.targetTrend" : "reports.figure.pullPerPush.target",
                target);
    }

    private static String pain(Trend pain, Locale locale) {
        if (!pain.hasData()) {
            return Words.text(locale, "reports.figure.painBefore.none");
        }
        if (!pain.hasChange()) {
            return Words.text(locale, "reports.figure.painBefore.oneWeek");
        }
        double change = pain.change();
        if (Math.abs(change) < 0.05) {
            return Words.text(locale, "reports.figure.painBefore.same");
        }
        // The points as printed (one decimal), so "1 point" and "1.5 points" agree with the figure.
        String points = Words.number(Math.abs(change), locale);
        boolean one = Words.number(Math.abs(change), Locale.ENGLISH).equals("1");
        return Words.text(
                locale,
                change < 0 ? "reports.figure.painBefore.down" : "reports.figure.painBefore.up",
                points,
                one ? 1 : 2);
    }

    private static String score(Trend score, Locale locale) {
        if (!score.hasData()) {
            return Words.text(locale, "reports.figure.balanceScore.none");
        }
        return Words.text(
                locale, score.hasChange() ? "reports.figure.balanceScore.trend" : "reports.figure.balanceScore.detail");
    }
}
