package org.upright.planner.report;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Page one: who and when, the safety status (before anything else, so a red flag is the first thing
 * read), the key figures and what to do next.
 */
final class CoverPage {

    private CoverPage() {}

    static void addTo(Document document, ReviewSheet sheet, PdfStyle style) throws DocumentException {
        Blocks.addLine(document, 12, Words.text(style.locale, "reports.review.brand"), style.brand);
        document.add(Blocks.gap(4));
        Blocks.addLine(document, style.title.getSize() * 1.15f, sheet.lifterName(), style.title);
        document.add(Blocks.gap(3));
        Blocks.addLine(
                document,
                style.subtitle.getSize() * 1.35f,
                Words.text(
                        style.locale,
                        "reports.review.period",
                        sheet.period().weekCount(),
                        Words.period(sheet.period(), style.locale)),
                style.subtitle);

        Paragraph meta = new Paragraph(style.body.getSize() * 1.6f, "", style.body);
        sheet.coach().ifPresent(coach -> {
            meta.add(Scripts.phrase(Words.text(style.locale, "reports.review.coach") + " ", style.bodyBold));
            meta.add(Scripts.phrase(coach + "   ", style.body));
        });
        meta.add(Scripts.phrase(
                Words.text(style.locale, "reports.review.madeOn", Words.day(sheet.generatedOn(), style.locale)),
                style.small));
        document.add(Blocks.block(meta, PdfWriter.RUN_DIRECTION_LTR));

        document.add(SafetyNotice.of(sheet.safety(), style));
        Blocks.addHeading(document, Words.text(style.locale, "reports.review.keyFigures"), style);
        document.add(KeyFigureCards.of(sheet.keyFigures(), style));
        Recommendations.addTo(document, sheet.recommendations(), style);
    }
}
