package org.upright.planner.report;

import java.awt.Color;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.upright.planner.report.chart.Palette;

/** The six headline numbers on the cover, as cards of label, value and a line of explanation. */
final class KeyFigureCards {

    private KeyFigureCards() {}

    static Element of(KeyFigures figures, PdfStyle style) {
        PdfPTable cards = Blocks.table(3);
        cards.setSpacingBefore(7);
        cards.setKeepTogether(true);
        for (ReviewWording.Figure figure : ReviewWording.keyFigures(figures, style.locale)) {
            cards.addCell(
                    card(style, ReviewWording.capitals(figure.label(), style.locale), figure.value(), figure.detail()));
        }
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
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        cell.addElement(Scripts.paragraph(11, label, style.figureLabel));
        cell.addElement(Scripts.paragraph(19, value, style.figure));
        cell.addElement(Scripts.paragraph(10.5f, detail, style.small));
        return cell;
    }
}
