package org.upright.planner.report;

import java.awt.Color;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** Small building blocks shared by the sections: headings, paragraphs and plain table cells. */
final class Blocks {

    private Blocks() {}

    static Paragraph heading(String text, PdfStyle style) {
        Paragraph p = new Paragraph(text, style.heading);
        p.setSpacingBefore(14);
        p.setSpacingAfter(6);
        p.setKeepTogether(true);
        return p;
    }

    static Paragraph paragraph(String text, Font font) {
        Paragraph p = new Paragraph(font.getSize() * 1.35f, text, font);
        p.setSpacingAfter(font.getSize() * 0.5f);
        return p;
    }

    static PdfPTable table(int columns) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        return table;
    }

    static PdfPCell cell(String text, Font font) {
        return cell(new Phrase(text, font));
    }

    static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(4);
        cell.setLeading(0, 1.25f);
        return cell;
    }

    static PdfPCell filled(PdfPCell cell, Color background) {
        cell.setBackgroundColor(background);
        return cell;
    }

    static PdfPCell centred(PdfPCell cell) {
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }
}
