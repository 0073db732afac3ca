package org.upright.planner.report;

import java.awt.Color;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.upright.planner.report.chart.Palette;

/** The six headline numbers on the cover, as cards of label, value and a line of explanation. */
final class KeyFigureCards {

    private KeyFigureCards() {}

    static Element of(KeyFigures figures, PdfStyle style) {
        PdfPTable cards = Blocks.table(3);
        cards.setSpacingBefore(7);
        cards.setKeepTogether(true);
        cards.addCell(card(style, "SESSIONS DONE", Words.percent(figures.adherencePercent()), sessions(figures)));
        cards.addCell(card(style, "PULL SETS PER PUSH SET", trend(figures.pullPerPush(), true), ratio(figures)));
        cards.addCell(card(style, "MOBILITY", mobilityValue(figures), mobility(figures)));
        cards.addCell(
                card(style, "PAIN BEFORE SESSIONS", trend(figures.painBefore(), false), pain(figures.painBefore())));
        cards.addCell(
                card(style, "BALANCE SCORE", trend(figures.balanceScore(), false), score(figures.balanceScore())));
        cards.addCell(card(
                style,
                "OPEN FINDINGS",
                Integer.toString(figures.openFindingsLastWeek()),
                figures.openFindingsLastWeek() == 0
                        ? "Nothing open at the end of the period"
                        : "Still open at the end of the period"));
        return cards;
    }

    private static PdfPCell card(PdfStyle style, String label, String value, String detail) {
        PdfPCell cell = new PdfPCell();
        cell.setBackgroundColor(Palette.SHADE);
        cell.setBorder(Rectangle.BOX);
        cell.setBorderColor(Color.WHITE);
        cell.setBorderWidth(3);
        cell.setPadding(8);
        cell.setPaddingTop(5);
        cell.addElement(new Paragraph(11, label, style.figureLabel));
        Paragraph number = new Paragraph(19, value, style.figure);
        cell.addElement(number);
        cell.addElement(new Paragraph(10.5f, detail, style.small));
        return cell;
    }

    private static String trend(Trend trend, boolean twoPlaces) {
        if (!trend.hasData()) {
            return Words.NONE;
        }
        String first = twoPlaces ? Words.twoPlaces(trend.first()) : Words.number(trend.first());
        String last = twoPlaces ? Words.twoPlaces(trend.last()) : Words.number(trend.last());
        return trend.hasChange() ? first + " " + Words.ARROW + " " + last : last;
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
        return figures.weeksInMobilityBand() + " of " + figures.weeksLogged() + weeks + " in the "
                + figures.mobilityBand() + " band";
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
