package org.upright.planner.report;

import java.util.List;
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

    static void addTo(Document document, List<WeekRow> weeks, PdfStyle style) throws DocumentException {
        Blocks.addHeading(document, Words.text(style.locale, "reports.table.heading"), style);
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
            Phrase label = Scripts.phrase(Words.week(week.week(), style.locale), style.tableHead);
            label.add(Scripts.phrase("\n" + Words.dayMonth(week.week().monday(), style.locale), style.small));
            table.addCell(head(label, Element.ALIGN_CENTER));
        }

        boolean shade = false;
        for (ReviewWording.Measure measure : ReviewWording.measures(style.locale)) {
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
        Blocks.addParagraph(document, Words.text(style.locale, "reports.table.legend", Words.NONE), style.small);
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
