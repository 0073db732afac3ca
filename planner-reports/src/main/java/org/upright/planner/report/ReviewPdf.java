package org.upright.planner.report;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.upright.planner.common.Texts;
import org.upright.planner.report.chart.ReportFonts;

/**
 * Renders the printable 4–6 week review (domain §6) as a PDF on A4 or US Letter.
 *
 * <p>Pages: the cover (name, period, safety status, key figures, what to do next), the five charts,
 * then the weekly table, the findings and the coach's note, which flow on to as many pages as they
 * need. Every page carries the disclaimer and "Page X of Y" at the foot; while a red flag is open,
 * every page also carries a red banner at the top.
 *
 * <p>All text is in the embedded Liberation Sans (Latin, Greek, Cyrillic); charts are vector
 * drawings. Instances hold no per-document state and may be shared between threads.
 */
public final class ReviewPdf {

    private final ReportFonts fonts;

    public ReviewPdf() {
        this(ReportFonts.get());
    }

    ReviewPdf(ReportFonts fonts) {
        this.fonts = fonts;
    }

    /** The review as PDF bytes. */
    public byte[] render(ReviewSheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(sheet, out);
        return out.toByteArray();
    }

    /**
     * Writes the review to {@code out}, for example an entry of a ZIP being streamed. The stream is
     * left open; closing it is the caller's job.
     */
    public void render(ReviewSheet sheet, OutputStream out) {
        Locale locale = sheet.locale();
        PdfStyle style = new PdfStyle(fonts, locale);
        PageFrame frame = PageFrame.of(sheet, style);
        Rectangle paper =
                new Rectangle(sheet.paperSize().widthPoints(), sheet.paperSize().heightPoints());
        Document document = new Document(
                paper, PdfStyle.MARGIN_SIDE, PdfStyle.MARGIN_SIDE, frame.topMargin(), frame.bottomMargin());
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setPageEvent(frame);
            writer.setFullCompression();
            document.addTitle(Words.text(
                    locale, "reports.review.documentTitle", sheet.lifterName(), Words.weeks(sheet.period(), locale)));
            document.addSubject(Words.text(locale, "reports.review.subject"));
            document.addAuthor("Upright");
            document.addCreator("Upright planner");
            document.open();
            writer.getExtraCatalog()
                    .put(PdfName.LANG, new PdfString(Texts.supported(locale).toLanguageTag()));

            CoverPage.addTo(document, sheet, style);
            document.newPage();
            ChartPage.addTo(document, writer.getDirectContent(), sheet.weeks(), style);
            document.newPage();
            WeeklyTable.addTo(document, sheet.weeks(), style);
            Findings.addTo(document, sheet.findings(), style);
            CoachNote.addTo(document, sheet, style);
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the review PDF", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }
}
