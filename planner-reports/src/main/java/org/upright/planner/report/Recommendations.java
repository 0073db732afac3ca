package org.upright.planner.report;

import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** "What to do next": the recommendations, numbered, title in bold and the advice below it. */
final class Recommendations {

    private Recommendations() {}

    static void addTo(Document document, List<Recommendation> recommendations, PdfStyle style)
            throws DocumentException {
        Blocks.addHeading(document, Words.text(style.locale, "reports.advice.heading"), style);
        if (recommendations.isEmpty()) {
            Blocks.addParagraph(document, Words.text(style.locale, "reports.advice.none"), style.body);
            return;
        }
        document.add(Blocks.gap(3));
        int n = 1;
        for (Recommendation r : recommendations) {
            // Two paragraphs, not one with a line break: with bidi on, a line break restarts the
            // paragraph and would lose the hanging indent.
            float leading = style.body.getSize() * 1.4f;
            Paragraph title = Scripts.paragraph(leading, n++ + ".  " + r.title(), style.bodyBold);
            Paragraph advice = Scripts.paragraph(leading, r.text(), style.body);
            advice.setIndentationLeft(12);
            document.add(Blocks.blockOf(List.of(title, advice), PdfWriter.RUN_DIRECTION_LTR));
            document.add(Blocks.gap(6));
        }
    }
}
