package org.upright.planner.report;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Paragraph;

/**
 * Page one: who and when, the safety status (before anything else, so a red flag is the first thing
 * read), the key figures and what to do next.
 */
final class CoverPage {

    private CoverPage() {}

    static void addTo(Document document, ReviewSheet sheet, PdfStyle style) throws DocumentException {
        document.add(new Paragraph(12, Words.text(style.locale, "reports.review.brand"), style.brand));
        document.add(Blocks.gap(4));
        document.add(new Paragraph(style.title.getSize() * 1.15f, sheet.lifterName(), style.title));
        document.add(Blocks.gap(3));
        document.add(new Paragraph(
                style.subtitle.getSize() * 1.35f,
                Words.text(
                        style.locale,
                        "reports.review.period",
                        sheet.period().weekCount(),
                        Words.period(sheet.period(), style.locale)),
                style.subtitle));

        Paragraph meta = new Paragraph(style.body.getSize() * 1.6f, "", style.body);
        sheet.coach().ifPresent(coach -> {
            meta.add(new Chunk(Words.text(style.locale, "reports.review.coach") + " ", style.bodyBold));
            meta.add(new Chunk(coach + "   ", style.body));
        });
        meta.add(new Chunk(
                Words.text(style.locale, "reports.review.madeOn", Words.day(sheet.generatedOn(), style.locale)),
                style.small));
        document.add(meta);

        document.add(SafetyNotice.of(sheet.safety(), style));
        Blocks.addHeading(document, Words.text(style.locale, "reports.review.keyFigures"), style);
        document.add(KeyFigureCards.of(sheet.keyFigures(), style));
        Recommendations.addTo(document, sheet.recommendations(), style);
    }
}
