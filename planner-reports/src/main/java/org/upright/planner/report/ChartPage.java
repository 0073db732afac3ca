package org.upright.planner.report;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Image;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.upright.planner.report.chart.PdfChartDrawer;
import org.upright.planner.report.chart.ReviewCharts;
import org.upright.planner.report.chart.WeeklyChart;

/**
 * The five charts on one page: push vs pull across the full width (the point of the whole plan),
 * the other four two by two. Chart heights follow the space the paper and footer leave, so A4 and
 * Letter both fit on one page.
 */
final class ChartPage {

    private static final float GAP = 10f;
    private static final float HEADING_SPACE = 44f;
    private static final float MAX_CHART_HEIGHT = 230f;

    private ChartPage() {}

    static void addTo(Document document, PdfContentByte canvas, List<WeekRow> weeks, PdfStyle style)
            throws DocumentException {
        Blocks.addHeading(document, Words.text(style.locale, "reports.charts.heading"), style);
        float width = document.right() - document.left();
        float height = Math.min(MAX_CHART_HEIGHT, (document.top() - document.bottom() - HEADING_SPACE) / 3 - GAP);
        float half = (width - GAP) / 2;

        PdfPTable grid = Blocks.table(2);
        grid.setTotalWidth(width);
        grid.setLockedWidth(true);
        List<WeeklyChart> charts = ReviewCharts.all();
        for (int i = 0; i < charts.size(); i++) {
            boolean fullWidth = i == 0;
            JFreeChart chart = charts.get(i).build(weeks, style.locale);
            Image drawing = Image.getInstance(PdfChartDrawer.draw(chart, canvas, fullWidth ? width : half, height));
            PdfPCell cell = new PdfPCell(drawing, false);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setPaddingBottom(GAP);
            cell.setFixedHeight(height + GAP);
            if (fullWidth) {
                cell.setColspan(2);
            } else if (i % 2 == 1) {
                cell.setPaddingRight(GAP / 2);
            } else {
                cell.setPaddingLeft(GAP / 2);
            }
            grid.addCell(cell);
        }
        document.add(grid);
    }
}
