package org.upright.planner.report;

import java.awt.Color;
import java.util.Comparator;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.upright.planner.report.chart.Palette;

/**
 * The open findings, most severe first (the input order is kept within a severity). Each carries a
 * word tag, not only a colour, so the print works in greyscale.
 */
final class Findings {

    private Findings() {}

    static void addTo(Document document, List<Finding> findings, PdfStyle style) throws DocumentException {
        Blocks.addHeading(document, Words.text(style.locale, "reports.findings.heading"), style);
        if (findings.isEmpty()) {
            Blocks.addParagraph(document, ReviewWording.noFindings(style.locale), style.body);
            return;
        }
        PdfPTable table = Blocks.table(2);
        table.setWidths(new float[] {1, 6.5f});
        table.setSpacingBefore(6);
        findings.stream()
                .sorted(Comparator.comparing(Finding::severity).reversed())
                .forEach(f -> {
                    PdfPCell tag = Blocks.centred(
                            Blocks.filled(Blocks.cell(tag(f.severity(), style), style.tag), colour(f.severity())));
                    tag.setVerticalAlignment(Element.ALIGN_MIDDLE);
                    tag.setBorder(Rectangle.BOTTOM);
                    tag.setBorderColor(Color.WHITE);
                    tag.setBorderWidth(3);
                    table.addCell(tag);
                    PdfPCell message = Blocks.cell(f.message(), style.body);
                    message.setPaddingLeft(8);
                    table.addCell(message);
                });
        document.add(table);
    }

    private static String tag(Severity severity, PdfStyle style) {
        return ReviewWording.capitals(ReviewWording.severity(severity, style.locale), style.locale);
    }

    private static Color colour(Severity severity) {
        return switch (severity) {
            case ALERT -> Palette.ALERT;
            case WARNING -> Palette.WARNING;
            case INFO -> Palette.MUTED;
        };
    }
}
