package org.upright.planner.report;

import java.awt.Color;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.upright.planner.report.chart.Palette;

/**
 * The safety status as a framed box on the cover. A red flag gets a thick red frame with a solid red
 * heading bar in white bold type; that reads as urgent in colour and in greyscale alike.
 */
final class SafetyNotice {

    private SafetyNotice() {}

    static Element of(SafetyStatus safety, PdfStyle style) {
        Look look = Look.of(safety.level());
        PdfPTable box = Blocks.table(1);
        box.setSpacingBefore(12);
        box.setSpacingAfter(4);
        box.setKeepTogether(true);

        PdfPCell head = Blocks.cell(ReviewWording.safetyHeading(safety.level(), style.locale), style.noticeHeading);
        head.setBackgroundColor(look.colour);
        head.setPadding(look == Look.STOP ? 8 : 6);
        head.setBorder(Rectangle.BOX);
        head.setBorderColor(look.colour);
        head.setBorderWidth(look.frame);
        box.addCell(head);

        Paragraph text = Scripts.paragraph(
                style.body.getSize() * 1.4f, ReviewWording.safetyLead(safety.level(), style.locale), style.bodyBold);
        for (String line : safety.lines()) {
            Phrase item = new Phrase(style.body.getSize() * 1.4f);
            item.add(new Chunk("\n\u2022  ", style.bodyBold));
            item.add(Scripts.phrase(line, style.body));
            text.add(item);
        }
        PdfPCell body = new PdfPCell();
        body.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        body.addElement(text);
        body.setBackgroundColor(look.background);
        body.setBorder(Rectangle.BOX);
        body.setBorderColor(look.colour);
        body.setBorderWidth(look.frame);
        body.setPadding(8);
        body.setPaddingTop(4);
        box.addCell(body);
        return box;
    }

    private enum Look {
        CLEAR(Palette.OK, Palette.OK_BACKGROUND, 1f),
        REFER(Palette.WARNING, Palette.WARNING_BACKGROUND, 1.5f),
        STOP(Palette.ALERT, Palette.ALERT_BACKGROUND, 3f);

        final Color colour;
        final Color background;
        final float frame;

        Look(Color colour, Color background, float frame) {
            this.colour = colour;
            this.background = background;
            this.frame = frame;
        }

        static Look of(SafetyLevel level) {
            return switch (level) {
                case CLEAR -> CLEAR;
                case REFER -> REFER;
                case STOP -> STOP;
            };
        }
    }
}
