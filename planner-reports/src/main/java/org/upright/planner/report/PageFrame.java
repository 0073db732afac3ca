package org.upright.planner.report;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.upright.planner.report.chart.Palette;

/**
 * What every page carries: the disclaimer and "Page X of Y" at the foot, a running header from page
 * two on, and — while a red flag is open — a red banner across the top of every page, so a single
 * page printed or handed on still shows it.
 *
 * <p>The total page count is unknown until the end, so each page draws "of" followed by a small
 * shared template that receives the total when the document closes.
 */
final class PageFrame extends PdfPageEventHelper {

    static final float FOOTER_BASE = 22f;
    static final float PAGE_NUMBER_WIDTH = 72f;
    private static final float FOOTER_GAP = 16f;
    static final float HEADER_HEIGHT = 30f;
    static final float BANNER_HEIGHT = 24f;

    private final ReviewSheet sheet;
    private final PdfStyle style;
    private final float footerTextHeight;
    private PdfTemplate totalPages;
    private int pages;

    private PageFrame(ReviewSheet sheet, PdfStyle style, float footerTextHeight) {
        this.sheet = sheet;
        this.style = style;
        this.footerTextHeight = footerTextHeight;
    }

    /** Measures the disclaimer for this paper so the bottom margin leaves room for it. */
    static PageFrame of(ReviewSheet sheet, PdfStyle style) {
        float width = sheet.paperSize().widthPoints() - 2 * PdfStyle.MARGIN_SIDE - PAGE_NUMBER_WIDTH;
        ColumnText measure = new ColumnText(null);
        measure.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        measure.setSimpleColumn(disclaimer(sheet, style), 0, 0, width, 10_000, leading(style), Element.ALIGN_LEFT);
        try {
            measure.go(true);
        } catch (org.openpdf.text.DocumentException e) {
            throw new IllegalStateException("Could not measure the disclaimer", e);
        }
        return new PageFrame(sheet, style, 10_000 - measure.getYLine());
    }

    float bottomMargin() {
        return FOOTER_BASE + footerTextHeight + FOOTER_GAP;
    }

    float topMargin() {
        return HEADER_HEIGHT + (sheet.safety().redFlag() ? BANNER_HEIGHT + 6 : 0) + 14;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        totalPages = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        pages++;
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = PdfStyle.MARGIN_SIDE;
        float right = page.getWidth() - PdfStyle.MARGIN_SIDE;
        drawFooter(canvas, left, right);
        float top = page.getHeight() - 18;
        if (sheet.safety().redFlag()) {
            drawBanner(canvas, left, right, top);
            top -= BANNER_HEIGHT + 6;
        }
        if (pages > 1) {
            drawHeader(canvas, left, right, top);
        }
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        ColumnText.showTextAligned(
                totalPages, Element.ALIGN_LEFT, new Phrase(Integer.toString(pages), style.footer), 0, 2, 0);
    }

    private void drawFooter(PdfContentByte canvas, float left, float right) {
        float top = FOOTER_BASE + footerTextHeight;
        canvas.saveState();
        canvas.setColorStroke(Palette.GRID);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, top + 6);
        canvas.lineTo(right, top + 6);
        canvas.stroke();
        canvas.restoreState();

        ColumnText text = new ColumnText(canvas);
        text.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        text.setSimpleColumn(
                disclaimer(sheet, style),
                left,
                FOOTER_BASE - 2,
                right - PAGE_NUMBER_WIDTH,
                top + 1,
                leading(style),
                Element.ALIGN_LEFT);
        try {
            text.go();
        } catch (org.openpdf.text.DocumentException e) {
            throw new IllegalStateException("Could not write the page footer", e);
        }

        // On the baseline of the disclaimer's last line, so it reads "… disclaimer. Page 2 of 4".
        String pageOf = Words.text(style.locale, "reports.footer.pageOf", Integer.toString(pages)) + " ";
        float x = right - PAGE_NUMBER_WIDTH + 12;
        float y = text.getYLine();
        Phrase pageOfPhrase = Scripts.phrase(pageOf, style.footer);
        line(canvas, Element.ALIGN_LEFT, pageOfPhrase, x, y);
        float width = width(pageOfPhrase);
        canvas.addTemplate(totalPages, x + width, y - 2);
    }

    private void drawBanner(PdfContentByte canvas, float left, float right, float top) {
        canvas.saveState();
        canvas.setColorFill(Palette.ALERT);
        canvas.rectangle(left, top - BANNER_HEIGHT, right - left, BANNER_HEIGHT);
        canvas.fill();
        canvas.restoreState();
        ColumnText.showTextAligned(
                canvas,
                Element.ALIGN_LEFT,
                Scripts.phrase(Words.text(style.locale, "reports.banner.redFlag"), style.bannerText),
                left + 8,
                top - BANNER_HEIGHT + 8.5f,
                0,
                PdfWriter.RUN_DIRECTION_LTR,
                0);
    }

    private void drawHeader(PdfContentByte canvas, float left, float right, float top) {
        float baseline = top - 10;
        String period = Words.weeks(sheet.period(), style.locale);
        float size = style.header.getSize();
        float periodWidth = width(Scripts.phrase(period, style.header));
        String name = fit(
                Words.text(style.locale, "reports.header.review", sheet.lifterName()),
                right - left - periodWidth - 24,
                size);
        line(canvas, Element.ALIGN_LEFT, Scripts.phrase(name, style.header), left, baseline);
        line(canvas, Element.ALIGN_RIGHT, Scripts.phrase(period, style.header), right, baseline);
        canvas.saveState();
        canvas.setColorStroke(Palette.GRID);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, baseline - 6);
        canvas.lineTo(right, baseline - 6);
        canvas.stroke();
        canvas.restoreState();
    }

    /** Shortens a running-header text with an ellipsis; the full name is on the cover. */
    private String fit(String text, float width, float size) {
        if (width(Scripts.phrase(text, style.header)) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(Scripts.phrase(cut + "\u2026", style.header)) > width) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut.strip() + "\u2026";
    }

    private static Phrase disclaimer(ReviewSheet sheet, PdfStyle style) {
        return Scripts.phrase(sheet.disclaimer(), style.footer);
    }

    /** One line at a point, right-to-left words in it reordered and shaped. */
    private static void line(PdfContentByte canvas, int alignment, Phrase phrase, float x, float y) {
        ColumnText.showTextAligned(canvas, alignment, phrase, x, y, 0, PdfWriter.RUN_DIRECTION_LTR, 0);
    }

    /** The printed width of a phrase whose runs may be in different faces. */
    private static float width(Phrase phrase) {
        float width = 0;
        for (Object element : phrase.getChunks()) {
            width += ((org.openpdf.text.Chunk) element).getWidthPoint();
        }
        return width;
    }

    private static float leading(PdfStyle style) {
        return style.footer.getSize() * 1.3f;
    }
}
