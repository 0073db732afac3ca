package org.upright.planner.report.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.upright.planner.report.WeekRow;
import org.upright.planner.report.Words;

/** The balance score per week (0–100) as a line with the score printed at each point. */
final class BalanceScoreChart implements WeeklyChart {

    @Override
    public String title(Locale locale) {
        return Words.text(locale, "reports.chart.balance.title");
    }

    @Override
    public JFreeChart build(List<WeekRow> weeks, Locale locale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        CategoryPlot plot = new CategoryPlot(
                data, ChartStyle.weekAxis(), ChartStyle.fixedAxis(100, 25, "0", locale), renderer(locale));
        if (weeks.stream().anyMatch(w -> w.balanceScore() != null)) {
            for (WeekRow week : weeks) {
                String key = ChartStyle.weekKey(week, locale);
                data.addValue(week.balanceScore(), Words.text(locale, "reports.chart.balance.score"), key);
                if (week.balanceScore() == null) {
                    ChartStyle.markMissing(plot, locale, key, 3);
                }
            }
        }
        plot.setNoDataMessage(Words.text(locale, "reports.chart.balance.noData"));
        String caption = Words.text(locale, "reports.chart.balance.caption");
        return ChartStyle.finish(ChartStyle.chart(title(locale), caption, plot, false));
    }

    private static LineAndShapeRenderer renderer(Locale locale) {
        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setAutoPopulateSeriesPaint(false);
        line.setAutoPopulateSeriesStroke(false);
        line.setAutoPopulateSeriesShape(false);
        line.setSeriesPaint(0, Palette.SCORE);
        line.setSeriesStroke(0, new BasicStroke(1.8f));
        line.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        line.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", ChartStyle.number(locale)));
        line.setDefaultItemLabelsVisible(true);
        line.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        return line;
    }
}
