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
        Paragraph brand = new Paragraph("UPRIGHT  \u00b7  TRAINING REVIEW", style.brand);
        brand.setSpacingAfter(6);
        document.add(brand);

        Paragraph name = new Paragraph(style.title.getSize() * 1.15f, sheet.lifterName(), style.title);
        name.setSpacingAfter(4);
        document.add(name);

        Paragraph period = new Paragraph(
                style.subtitle.getSize() * 1.35f,
                Words.plural(sheet.period().weekCount(), "week", "weeks") + ": " + Words.period(sheet.period()),
                style.subtitle);
        document.add(period);

        Paragraph meta = new Paragraph(style.body.getSize() * 1.4f, "", style.body);
        sheet.coach().ifPresent(coach -> {
            meta.add(new Chunk("Coach: ", style.bodyBold));
            meta.add(new Chunk(coach + "   ", style.body));
        });
        meta.add(new Chunk("Made on " + Words.day(sheet.generatedOn()), style.small));
        meta.setSpacingBefore(2);
        document.add(meta);

        document.add(SafetyNotice.of(sheet.safety(), style));
        document.add(Blocks.heading("Key figures", style));
        document.add(KeyFigureCards.of(sheet.keyFigures(), style));
        Recommendations.addTo(document, sheet.recommendations(), style);
    }
}
