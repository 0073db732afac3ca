package org.upright.planner.report;

import java.awt.Color;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
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

    /** A section heading with room above it; the content below brings its own spacing. */
    static void addHeading(Document document, String text, PdfStyle style) throws DocumentException {
        document.add(gap(12));
        document.add(new Paragraph(style.heading.getSize() * 1.3f, text, style.heading));
    }

    /** A paragraph of running text followed by a little space. */
    static void addParagraph(Document document, String text, Font font) throws DocumentException {
        document.add(new Paragraph(font.getSize() * 1.35f, text, font));
        document.add(gap(font.getSize() * 0.5f));
    }

    /**
     * Blank vertical space. OpenPDF implements a paragraph's spacing before and after by writing a
     * space character on an extra line; text extraction (copy and paste, screen readers, our tests)
     * can then glue that space into the line above ("Z oë"). An empty table cell adds no text.
     */
    static PdfPTable gap(float height) {
        PdfPTable gap = new PdfPTable(1);
        gap.setWidthPercentage(100);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setFixedHeight(height);
        gap.addCell(cell);
        return gap;
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
