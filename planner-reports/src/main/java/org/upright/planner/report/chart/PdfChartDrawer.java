package org.upright.planner.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * Draws a chart into a PDF as vector graphics (paths and embedded-font text in a form XObject),
 * never as a bitmap, so it stays sharp at any zoom and in print.
 */
public final class PdfChartDrawer {

    private PdfChartDrawer() {}

    /**
     * The chart drawn into a new template of {@code width} × {@code height} points. Place it with
     * {@code Image.getInstance(template)} in the page flow or {@link PdfContentByte#addTemplate}.
     */
    public static PdfTemplate draw(JFreeChart chart, PdfContentByte canvas, float width, float height) {
        PdfTemplate template = canvas.createTemplate(width, height);
        Graphics2D g2 = template.createGraphics(width, height, ReportFonts.get().pdfFontMapper());
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return template;
    }
}
