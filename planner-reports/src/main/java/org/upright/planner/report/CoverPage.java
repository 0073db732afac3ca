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
        document.add(new Paragraph(12, "UPRIGHT  \u00b7  TRAINING REVIEW", style.brand));
        document.add(Blocks.gap(4));
        document.add(new Paragraph(style.title.getSize() * 1.15f, sheet.lifterName(), style.title));
        document.add(Blocks.gap(3));
        document.add(new Paragraph(
                style.subtitle.getSize() * 1.35f,
                Words.plural(sheet.period().weekCount(), "week", "weeks") + ": " + Words.period(sheet.period()),
                style.subtitle));

        Paragraph meta = new Paragraph(style.body.getSize() * 1.6f, "", style.body);
        sheet.coach().ifPresent(coach -> {
            meta.add(new Chunk("Coach: ", style.bodyBold));
            meta.add(new Chunk(coach + "   ", style.body));
        });
        meta.add(new Chunk("Made on " + Words.day(sheet.generatedOn()), style.small));
        document.add(meta);

        document.add(SafetyNotice.of(sheet.safety(), style));
        Blocks.addHeading(document, "Key figures", style);
        document.add(KeyFigureCards.of(sheet.keyFigures(), style));
        Recommendations.addTo(document, sheet.recommendations(), style);
    }
}
