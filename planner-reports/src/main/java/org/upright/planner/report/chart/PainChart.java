package org.upright.planner.report.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.upright.planner.report.WeekRow;
import org.upright.planner.report.Words;

/**
 * Mean pain before and after sessions per week on the 0–10 scale. A week without check-ins is left
 * empty (the line breaks there) rather than drawn as 0, which would look like "no pain".
 */
final class PainChart implements WeeklyChart {

    @Override
    public String title(Locale locale) {
        return Words.text(locale, "reports.chart.pain.title");
    }

    @Override
    public JFreeChart build(List<WeekRow> weeks, Locale locale) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        boolean anyCheckIns = weeks.stream().anyMatch(WeekRow::hasCheckIns);
        CategoryPlot plot =
                new CategoryPlot(data, ChartStyle.weekAxis(), ChartStyle.fixedAxis(10, 2, "0", locale), renderer());
        if (anyCheckIns) {
            for (WeekRow week : weeks) {
                String key = ChartStyle.weekKey(week, locale);
                data.addValue(week.painBefore(), before(locale), key);
                data.addValue(week.painAfter(), after(locale), key);
                if (!week.hasCheckIns()) {
                    ChartStyle.markMissing(plot, locale, key, 0.3);
                }
            }
        }
        plot.setNoDataMessage(Words.text(locale, "reports.chart.noCheckIns"));
        String caption = Words.text(locale, "reports.chart.pain.caption");
        return ChartStyle.finish(ChartStyle.chart(title(locale), caption, plot, anyCheckIns));
    }

    static String before(Locale locale) {
        return Words.text(locale, "reports.chart.pain.before");
    }

    static String after(Locale locale) {
        return Words.text(locale, "reports.chart.pain.after");
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
