package org.upright.planner.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.upright.planner.report.WeekRow;

/**
 * Share of planned sessions done per week, 0–100 %, with a dashed line at 75 % (the adherence at
 * which the review suggests progressing, domain §6). Weeks with nothing logged stay empty.
 */
final class AdherenceChart implements WeeklyChart {

    static final String DONE = "Sessions done";
    static final int PROGRESS_LINE = 75;

    @Override
    public String title() {
        return "Planned sessions done";
    }

    @Override
    public JFreeChart build(List<WeekRow> weeks) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        BarRenderer bars = ChartStyle.bars("{2}%", Palette.ADHERENCE);
        ChartStyle.labelsInside(bars, Color.WHITE);
        CategoryPlot plot = new CategoryPlot(data, ChartStyle.weekAxis(), ChartStyle.fixedAxis(100, 25, "0'%'"), bars);
        boolean anyLogged = weeks.stream().anyMatch(w -> w.adherencePercent() != null);
        if (anyLogged) {
            for (WeekRow week : weeks) {
                String key = ChartStyle.weekKey(week);
                data.addValue(week.adherencePercent(), DONE, key);
                if (week.adherencePercent() == null) {
                    ChartStyle.markMissing(plot, key, 3);
                }
            }
        }
        BasicStroke dashed =
                new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f);
        plot.addRangeMarker(new ValueMarker(PROGRESS_LINE, Palette.INK, dashed), Layer.FOREGROUND);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(ChartStyle.legendBox(DONE, Palette.ADHERENCE));
        legend.add(ChartStyle.legendLine("75%: enough to think about progressing", dashed, Palette.INK));
        plot.setFixedLegendItems(legend);
        plot.setNoDataMessage("No sessions logged yet");
        String caption = "Share of the week's planned sessions that were done";
        return ChartStyle.finish(ChartStyle.chart(title(), caption, plot, anyLogged));
    }
}
