package org.upright.planner.report;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;

/**
 * The coach's free-text note. Blank lines start a new paragraph and single line breaks are kept;
 * a long note simply flows on to further pages.
 */
final class CoachNote {

    private CoachNote() {}

    static void addTo(Document document, ReviewSheet sheet, PdfStyle style) throws DocumentException {
        if (sheet.coachNote() == null) {
            return;
        }
        String heading = sheet.coach()
                .map(name -> Words.text(style.locale, "reports.note.headingFrom", name))
                .orElseGet(() -> Words.text(style.locale, "reports.note.heading"));
        Blocks.addHeading(document, heading, style);
        document.add(Blocks.gap(3));
        for (String paragraph : sheet.coachNote().replace("\r\n", "\n").split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                Blocks.addParagraph(document, paragraph.strip(), style.body);
            }
        }
    }
}
