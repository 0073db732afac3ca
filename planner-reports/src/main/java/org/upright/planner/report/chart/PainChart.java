package org.upright.planner.report.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.upright.planner.report.WeekRow;

/**
 * Mean pain before and after sessions per week on the 0–10 scale. A week without check-ins is left
 * empty (the line breaks there) rather than drawn as 0, which would look like "no pain".
 */
final class PainChart implements WeeklyChart {

    static final String BEFORE = "Before sessions";
    static final String AFTER = "After sessions";

    @Override
    public String title() {
        return "Pain per week (0\u201310)";
    }

    @Override
    public JFreeChart build(List<WeekRow> weeks) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        boolean anyCheckIns = weeks.stream().anyMatch(WeekRow::hasCheckIns);
        CategoryPlot plot = new CategoryPlot(data, ChartStyle.weekAxis(), ChartStyle.fixedAxis(10, 2, "0"), renderer());
        if (anyCheckIns) {
            for (WeekRow week : weeks) {
                String key = ChartStyle.weekKey(week);
                data.addValue(week.painBefore(), BEFORE, key);
                data.addValue(week.painAfter(), AFTER, key);
                if (!week.hasCheckIns()) {
                    ChartStyle.markMissing(plot, key, 0.3);
                }
            }
        }
        plot.setNoDataMessage("No check-ins yet");
        String caption = "Mean of the week's check-ins; 0 = no pain, 10 = worst imaginable";
        return ChartStyle.finish(ChartStyle.chart(title(), caption, plot, anyCheckIns));
    }

    private static LineAndShapeRenderer renderer() {
        LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
        lines.setAutoPopulateSeriesPaint(false);
        lines.setAutoPopulateSeriesStroke(false);
        lines.setAutoPopulateSeriesShape(false);
        lines.setSeriesPaint(0, Palette.PAIN_BEFORE);
        lines.setSeriesStroke(0, new BasicStroke(1.6f));
        lines.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        lines.setSeriesPaint(1, Palette.PAIN_AFTER);
        lines.setSeriesStroke(
                1,
                new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 2.5f}, 0f));
        lines.setSeriesShape(1, new Rectangle2D.Double(-2.8, -2.8, 5.6, 5.6));
        lines.setSeriesShapesFilled(1, false);
        lines.setUseOutlinePaint(false);
        lines.setDrawOutlines(true);
        return lines;
    }
}
