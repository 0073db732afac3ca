package org.upright.planner.report.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.upright.planner.report.WeekRow;

/** The balance score per week (0–100) as a line with the score printed at each point. */
final class BalanceScoreChart implements WeeklyChart {

    static final String SCORE = "Balance score";

    @Override
    public String title() {
        return "Balance score per week";
    }

    @Override
    public JFreeChart build(List<WeekRow> weeks) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        CategoryPlot plot =
                new CategoryPlot(data, ChartStyle.weekAxis(), ChartStyle.fixedAxis(100, 25, "0"), renderer());
        if (weeks.stream().anyMatch(w -> w.balanceScore() != null)) {
            for (WeekRow week : weeks) {
                String key = ChartStyle.weekKey(week);
                data.addValue(week.balanceScore(), SCORE, key);
                if (week.balanceScore() == null) {
                    ChartStyle.markMissing(plot, key, 3);
                }
            }
        }
        plot.setNoDataMessage("No balance score yet");
        String caption = "0\u2013100; higher means a better balanced week";
        return ChartStyle.finish(ChartStyle.chart(title(), caption, plot, false));
    }

    private static LineAndShapeRenderer renderer() {
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setAutoPopulateSeriesPaint(false);
        line.setAutoPopulateSeriesStroke(false);
        line.setAutoPopulateSeriesShape(false);
        line.setSeriesPaint(0, Palette.SCORE);
        line.setSeriesStroke(0, new BasicStroke(1.8f));
        line.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        line.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", ChartStyle.number()));
        line.setDefaultItemLabelsVisible(true);
        line.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        return line;
    }
}
