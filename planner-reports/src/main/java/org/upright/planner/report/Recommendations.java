package org.upright.planner.report;

import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Paragraph;

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
            Paragraph item = new Paragraph(style.body.getSize() * 1.4f, "", style.body);
            item.add(new Chunk(n++ + ".  " + r.title(), style.bodyBold));
            item.add(Chunk.NEWLINE);
            item.add(new Chunk(r.text(), style.body));
            item.setIndentationLeft(12);
            item.setFirstLineIndent(-12);
            document.add(item);
            document.add(Blocks.gap(6));
        }
    }
}
