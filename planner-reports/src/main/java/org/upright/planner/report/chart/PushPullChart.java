package org.upright.planner.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.upright.planner.report.WeekRow;

/**
 * Push sets and pull sets per week, side by side, with a black stroke across each week at the pull
 * sets the target asks for (target × push sets). A pull bar that reaches the stroke is on target.
 */
final class PushPullChart implements WeeklyChart {

    static final String PUSH = "Push sets";
    static final String PULL = "Pull sets";
    static final String NEEDED = "Pull needed for target";

    @Override
    public String title() {
        return "Push and pull sets per week";
    }

    @Override
    public JFreeChart build(List<WeekRow> weeks) {
        DefaultCategoryDataset sets = new DefaultCategoryDataset();
        DefaultCategoryDataset needed = new DefaultCategoryDataset();
        boolean anySets = weeks.stream().anyMatch(w -> w.pushSets() > 0 || w.pullSets() > 0);
        if (anySets) {
            for (WeekRow week : weeks) {
                String key = ChartStyle.weekKey(week);
                sets.addValue(week.pushSets(), PUSH, key);
                sets.addValue(week.pullSets(), PULL, key);
                needed.addValue(week.pushSets() > 0 ? week.pullSetsNeeded() : null, NEEDED, key);
            }
        }

        BarRenderer bars = ChartStyle.bars("{2}", Palette.PUSH, Palette.PULL);
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
        plot.setNoDataMessage("No push or pull sets in these weeks");

        return ChartStyle.finish(ChartStyle.chart(title(), caption(weeks), plot, true));
    }

    private static String caption(List<WeekRow> weeks) {
        List<Double> targets =
                weeks.stream().map(WeekRow::ratioTarget).distinct().toList();
        if (targets.size() == 1) {
            String r = ChartStyle.number().format(targets.getFirst());
            String sets = targets.getFirst() == 1.0 ? " pull set" : " pull sets";
            return "Black line: pull sets needed for your target of 1 : " + r + " (" + r + sets
                    + " for every push set)";
        }
        return "Black line: pull sets needed for that week's push : pull target";
    }
}
