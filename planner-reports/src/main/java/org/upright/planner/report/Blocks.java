package org.upright.planner.report;

import java.awt.Color;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** Small building blocks shared by the sections: headings, paragraphs and plain table cells. */
final class Blocks {

    private Blocks() {}

    /** A section heading with room above it; the content below brings its own spacing. */
    static void addHeading(Document document, String text, PdfStyle style) throws DocumentException {
        document.add(gap(12));
        document.add(block(
                Scripts.paragraph(style.heading.getSize() * 1.3f, text, style.heading), PdfWriter.RUN_DIRECTION_LTR));
    }

    /**
     * A paragraph of running text followed by a little space. A paragraph that starts in Hebrew or
     * Arabic (a coach's note, say) reads and aligns right to left.
     */
    static void addParagraph(Document document, String text, Font font) throws DocumentException {
        document.add(block(Scripts.paragraph(font.getSize() * 1.35f, text, font), Scripts.runDirection(text)));
        document.add(gap(font.getSize() * 0.5f));
    }

    /** A line of text in the document's own direction (left to right), every script covered. */
    static void addLine(Document document, float leading, String text, Font font) throws DocumentException {
        document.add(block(Scripts.paragraph(leading, text, font), PdfWriter.RUN_DIRECTION_LTR));
    }

    /**
     * {@code content} across the full width, with no frame. OpenPDF reorders right-to-left text and
     * shapes Arabic only inside cells and columns that have a run direction, never in a paragraph
     * added straight to the document; so every text block of the PDFs goes through a cell.
     */
    static PdfPTable block(Element content, int runDirection) {
        return blockOf(List.of(content), runDirection);
    }

    /** Several paragraphs as one block (kept in one cell, so they flow together). */
    static PdfPTable blockOf(List<? extends Element> content, int runDirection) {
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setSplitLate(false);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setRunDirection(runDirection);
        content.forEach(cell::addElement);
        block.addCell(cell);
        return block;
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

    /** A cell of text, which may be in any script; it reads right to left if it starts so. */
    static PdfPCell cell(String text, Font font) {
        PdfPCell cell = cell(Scripts.phrase(text, font));
        cell.setRunDirection(Scripts.runDirection(text));
        return cell;
    }

    static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(4);
        cell.setLeading(0, 1.25f);
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
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
