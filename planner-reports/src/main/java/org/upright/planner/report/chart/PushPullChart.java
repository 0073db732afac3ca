package org.upright.planner.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.upright.planner.report.WeekRow;
import org.upright.planner.report.Words;

/**
 * Push sets and pull sets per week, side by side, with a black stroke across each week at the pull
 * sets the target asks for (target × push sets). A pull bar that reaches the stroke is on target.
 */
final class PushPullChart implements WeeklyChart {

    @Override
    public String title(Locale locale) {
        return Words.text(locale, "reports.chart.pushPull.title");
    }

    @Override
    public JFreeChart build(List<WeekRow> weeks, Locale locale) {
        String push = Words.text(locale, "reports.chart.pushPull.push");
        String pull = Words.text(locale, "reports.chart.pushPull.pull");
        String neededSeries = Words.text(locale, "reports.chart.pushPull.needed");
        DefaultCategoryDataset sets = new DefaultCategoryDataset();
        DefaultCategoryDataset needed = new DefaultCategoryDataset();
        boolean anySets = weeks.stream().anyMatch(w -> w.pushSets() > 0 || w.pullSets() > 0);
        if (anySets) {
            for (WeekRow week : weeks) {
                String key = ChartStyle.weekKey(week, locale);
                sets.addValue(week.pushSets(), push, key);
                sets.addValue(week.pullSets(), pull, key);
                needed.addValue(week.pushSets() > 0 ? week.pullSetsNeeded() : null, neededSeries, key);
            }
        }

        BarRenderer bars = ChartStyle.bars("{2}", locale, Palette.PUSH, Palette.PULL);
        ChartStyle.labelsInside(bars, Palette.INK, Color.WHITE);
        CategoryPlot plot = new CategoryPlot(sets, ChartStyle.weekAxis(), ChartStyle.countAxis(), bars);
        TargetMarkRenderer target = new TargetMarkRenderer();
        target.setAutoPopulateSeriesPaint(false);
        target.setAutoPopulateSeriesStroke(false);
        target.setSeriesPaint(0, Palette.TARGET);
        target.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        plot.setDataset(1, needed);
        plot.setRenderer(1, target);
        plot.mapDatasetToRangeAxis(1, 0);
        // Index 0 (bars) first, then the target strokes on top of them.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setNoDataMessage(Words.text(locale, "reports.chart.pushPull.noData"));

        return ChartStyle.finish(ChartStyle.chart(title(locale), caption(weeks, locale), plot, true));
    }

    private static String caption(List<WeekRow> weeks, Locale locale) {
        List<Double> targets =
                weeks.stream().map(WeekRow::ratioTarget).distinct().toList();
        if (targets.size() == 1) {
            String r = ChartStyle.number(locale).format(targets.getFirst());
            return Words.text(locale, "reports.chart.pushPull.caption", r, targets.getFirst() == 1.0 ? 1 : 2);
        }
        return Words.text(locale, "reports.chart.pushPull.captionPerWeek");
    }
}
