package org.upright.planner.report;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.upright.planner.report.chart.Palette;

/**
 * The week-by-week table, turned on its side: one column per week and one row per measure. Fifteen
 * measures across would not fit a portrait page; four to six weeks across always do.
 */
final class WeeklyTable {

    private WeeklyTable() {}

    private record Measure(String label, Function<WeekRow, String> value, Predicate<WeekRow> offTarget) {
        Measure(String label, Function<WeekRow, String> value) {
            this(label, value, w -> false);
        }
    }

    private static final List<Measure> MEASURES = List.of(
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
                    w -> w.horizontalPullPerPush() == null ? Words.NONE : Words.twoPlaces(w.horizontalPullPerPush()),
                    w -> w.horizontalPullPerPush() != null && w.horizontalPullPerPush() < w.ratioTarget()),
            new Measure("Target for both", w -> Words.number(w.ratioTarget()) + " or more"),
            new Measure(
                    "Mobility sessions (band)",
                    w -> w.mobilitySessions() + " (" + w.mobilityBand() + ")",
                    w -> !w.mobilityBand().contains(w.mobilitySessions())),
            new Measure("Thoracic warm-up", w -> Words.percent(w.thoracicWarmUpPercent())),
            new Measure("Routine days", w -> w.routineDays() + " of 7"),
            new Measure("Habit ticks", w -> Integer.toString(w.habitTicks())),
            new Measure("Pain before (0\u201310)", w -> Words.number(w.painBefore())),
            new Measure("Pain after (0\u201310)", w -> Words.number(w.painAfter())),
            new Measure("Balance score", w -> Words.count(w.balanceScore())),
            new Measure("Open findings", w -> Integer.toString(w.openFindings())));

    static void addTo(Document document, List<WeekRow> weeks, PdfStyle style) throws DocumentException {
        Blocks.addHeading(document, "Week by week", style);
        PdfPTable table = Blocks.table(weeks.size() + 1);
        float[] widths = new float[weeks.size() + 1];
        widths[0] = 2.4f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1;
        }
        table.setWidths(widths);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);

        table.addCell(head(new Phrase("", style.tableHead), Element.ALIGN_LEFT));
        for (WeekRow week : weeks) {
            Phrase label = new Phrase(week.week().toString(), style.tableHead);
            label.add(new Chunk("\n" + Words.dayMonth(week.week().monday()), style.small));
            table.addCell(head(label, Element.ALIGN_CENTER));
        }

        boolean shade = false;
        for (Measure measure : MEASURES) {
            PdfPCell label = Blocks.cell(measure.label(), style.tableCellBold);
            row(label, shade);
            table.addCell(label);
            for (WeekRow week : weeks) {
                boolean off = measure.offTarget().test(week);
                PdfPCell value = Blocks.centred(
                        Blocks.cell(measure.value().apply(week), off ? style.tableCellAlert : style.tableCell));
                row(value, shade);
                if (off) {
                    value.setBackgroundColor(Palette.ALERT_BACKGROUND);
                }
                table.addCell(value);
            }
            shade = !shade;
        }
        document.add(table);
        Blocks.addParagraph(
                document,
                "Bold red on pink: off the week's target. " + Words.NONE + " means no data for that week"
                        + " (nothing logged, no check-ins, or no upper-body sessions).",
                style.small);
    }

    private static PdfPCell head(Phrase phrase, int alignment) {
        PdfPCell cell = Blocks.cell(phrase);
        cell.setHorizontalAlignment(alignment);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Palette.INK);
        cell.setBorderWidth(0.8f);
        cell.setPaddingBottom(5);
        return cell;
    }

    private static void row(PdfPCell cell, boolean shade) {
        cell.setPaddingTop(3.5f);
        cell.setPaddingBottom(4.5f);
        if (shade) {
            cell.setBackgroundColor(Palette.SHADE);
        }
    }
}
