package org.upright.planner.report;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Every piece of review text that is not in the sheet itself — key figures, the weekly table's
 * measures, the safety box's heading and lead, the findings' badges — written once, for the PDF and
 * the review screen alike. The PDF only styles it (capitals for labels); the screen shows it as is.
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

    public static final List<Measure> MEASURES = List.of(
            new Measure("Sessions done / planned", w -> w.completedSessions() + " / " + w.plannedSessions()),
            new Measure("Adherence", w -> Words.percent(w.adherencePercent())),
            new Measure("Push sets", w -> Words.number(w.pushSets())),
            new Measure("Pull sets", w -> Words.number(w.pullSets())),
            new Measure(
                    "Pull per push set (r)",
                    w -> w.pushSets() == 0 ? "no push" : Words.twoPlaces(w.pullPerPush()),
                    WeekRow::belowRatioTarget),
            new Measure(
                    "Rows per press (horizontal r)",
                    w -> Words.ratio(w.horizontalPullPerPush()),
                    w -> w.horizontalPullPerPush() != null && w.horizontalPullPerPush() < w.ratioTarget()),
            new Measure("Target for both", w -> Words.number(w.ratioTarget()) + " or more"),
            new Measure(
                    "Mobility sessions (target)",
                    w -> w.mobilitySessions() + " (" + w.mobilityBand() + ")",
                    w -> !w.mobilityBand().onTarget(w.mobilitySessions())),
            new Measure("Thoracic warm-up", w -> Words.percent(w.thoracicWarmUpPercent())),
            new Measure("Routine days", w -> w.routineDays() + " of 7"),
            new Measure("Habit ticks", w -> Integer.toString(w.habitTicks())),
            new Measure("Pain before (0\u201310)", w -> Words.number(w.painBefore())),
            new Measure("Pain after (0\u201310)", w -> Words.number(w.painAfter())),
            new Measure("Balance score", w -> Words.count(w.balanceScore())),
            new Measure("Open findings", w -> Integer.toString(w.openFindings())));

    /** The six headline numbers, in the order the cover prints them. */
    public static List<Figure> keyFigures(KeyFigures figures) {
        return List.of(
                new Figure("Sessions done", Words.percent(figures.adherencePercent()), sessions(figures)),
                new Figure("Pull sets per push set", Words.trend(figures.pullPerPush(), true), ratio(figures)),
                new Figure("Mobility", mobilityValue(figures), mobility(figures)),
                new Figure(
                        "Pain before sessions", Words.trend(figures.painBefore(), false), pain(figures.painBefore())),
                new Figure("Balance score", Words.trend(figures.balanceScore(), false), score(figures.balanceScore())),
                new Figure(
                        "Open findings",
                        Integer.toString(figures.openFindingsLastWeek()),
                        figures.openFindingsLastWeek() == 0
                                ? "Nothing open at the end of the period"
                                : "Still open at the end of the period"));
    }

    public static String safetyHeading(SafetyLevel level) {
        return switch (level) {
            case CLEAR -> "Safety check: all clear";
            case REFER -> "Time to see a professional";
            case STOP -> "RED FLAG: see a medical professional now";
        };
    }

    public static String safetyLead(SafetyLevel level) {
        return switch (level) {
            case CLEAR -> "No warning signs were reported in these weeks.";
            case REFER -> "Your check-ins suggest having a physical therapist or doctor look at this.";
            case STOP ->
                "You reported a warning sign that needs checking before you train again. Your plan is paused"
                        + " until then.";
        };
    }

    public static String severity(Severity severity) {
        return switch (severity) {
            case ALERT -> "Alert";
            case WARNING -> "Warning";
            case INFO -> "Note";
        };
    }

    public static final String NO_FINDINGS = "Nothing open: the plan met every balance rule.";

    /** A label in capitals, as the PDF prints its small headings. */
    static String capitals(String label) {
        return label.toUpperCase(Locale.ENGLISH);
    }

    private static String mobilityValue(KeyFigures figures) {
        return figures.mobilityPerWeek() == null ? Words.NONE : Words.number(figures.mobilityPerWeek()) + " a week";
    }

    private static String mobility(KeyFigures figures) {
        if (figures.weeksLogged() == 0) {
            return "Nothing logged yet";
        }
        String weeks = figures.weeksLogged() == figures.weekCount()
                ? " weeks"
                : (figures.weeksLogged() == 1 ? " logged week" : " logged weeks");
        // The band is a minimum (domain §6): "on target" is the band's bottom or more.
        return figures.weeksMobilityOnTarget() + " of " + figures.weeksLogged() + weeks + " on target ("
                + figures.mobilityBand().min() + " or more a week)";
    }

    private static String sessions(KeyFigures figures) {
        return figures.adherencePercent() == null
                ? "No sessions logged yet"
                : figures.completedSessions() + " of " + figures.plannedSessions() + " planned sessions";
    }

    private static String ratio(KeyFigures figures) {
        String target = "Target " + Words.number(figures.ratioTarget()) + " or more";
        Trend r = figures.pullPerPush();
        if (!r.hasData()) {
            return "No push sets in these weeks";
        }
        return r.hasChange() ? target + "; first " + Words.ARROW + " last week" : target;
    }

    private static String pain(Trend pain) {
        if (!pain.hasData()) {
            return "No check-ins yet";
        }
        if (!pain.hasChange()) {
            return "Only one week with check-ins so far";
        }
        double change = pain.change();
        String points = Words.number(Math.abs(change));
        String unit = "1".equals(points) ? " point" : " points";
        if (Math.abs(change) < 0.05) {
            return "No change (0\u201310 scale)";
        }
        return (change < 0 ? "Down " : "Up ") + points + unit + " (0\u201310 scale)";
    }

    private static String score(Trend score) {
        if (!score.hasData()) {
            return "No score yet";
        }
        return score.hasChange() ? "Out of 100, first " + Words.ARROW + " last week" : "Out of 100";
    }
}
