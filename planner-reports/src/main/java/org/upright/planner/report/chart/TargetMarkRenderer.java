package org.upright.planner.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.CategoryDataset;

/**
 * Draws each value as a short horizontal stroke across the whole week (the bar group), so it reads
 * as "the bars should reach this line". Unlike a shape, the stroke scales with the chart width; no
 * line joins the weeks because each week has its own target.
 */
final class TargetMarkRenderer extends LineAndShapeRenderer {

    TargetMarkRenderer() {
        super(true, false);
    }

    @Override
    public void drawItem(
            Graphics2D g2,
            CategoryItemRendererState state,
            Rectangle2D dataArea,
            CategoryPlot plot,
            CategoryAxis domainAxis,
            ValueAxis rangeAxis,
            CategoryDataset dataset,
            int row,
            int column,
            int pass) {
        Number value = dataset.getValue(row, column);
        if (value == null || pass != 0 || !getItemVisible(row, column)) {
            return;
        }
        int weeks = dataset.getColumnCount();
        double start = domainAxis.getCategoryStart(column, weeks, dataArea, plot.getDomainAxisEdge());
        double end = domainAxis.getCategoryEnd(column, weeks, dataArea, plot.getDomainAxisEdge());
        double y = rangeAxis.valueToJava2D(value.doubleValue(), dataArea, plot.getRangeAxisEdge());
        g2.setPaint(getItemPaint(row, column));
        g2.setStroke(getItemStroke(row, column));
        g2.draw(new Line2D.Double(start, y, end, y));
    }
}
