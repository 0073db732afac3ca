package org.upright.planner.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.upright.planner.report.WeekRow;
import org.upright.planner.report.Words;

/**
 * Share of planned sessions done per week, 0–100 %, with a dashed line at 75 % (the adherence at
 * which the review suggests progressing, domain §6). Weeks with nothing logged stay empty.
 */
final class AdherenceChart implements WeeklyChart {

    static final int PROGRESS_LINE = 75;

    @Override
    public String title(Locale locale) {
        return Words.text(locale, "reports.chart.adherence.title");
    }

    @Override
    public JFreeChart build(List<WeekRow> weeks, Locale locale) {
        String done = Words.text(locale, "reports.chart.adherence.done");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        BarRenderer bars = ChartStyle.bars(ChartStyle.percentLabel(locale), locale, Palette.ADHERENCE);
        ChartStyle.labelsInside(bars, Color.WHITE);
        CategoryPlot plot = new CategoryPlot(
                data,
                ChartStyle.weekAxis(),
                ChartStyle.fixedAxis(100, 25, ChartStyle.percentTicks(locale), locale),
                bars);
        boolean anyLogged = weeks.stream().anyMatch(w -> w.adherencePercent() != null);
        if (anyLogged) {
            for (WeekRow week : weeks) {
                String key = ChartStyle.weekKey(week, locale);
                data.addValue(week.adherencePercent(), done, key);
                if (week.adherencePercent() == null) {
                    ChartStyle.markMissing(plot, locale, key, 3);
                }
            }
        }
        BasicStroke dashed =
                new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f);
        plot.addRangeMarker(new ValueMarker(PROGRESS_LINE, Palette.INK, dashed), Layer.FOREGROUND);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(ChartStyle.legendBox(done, Palette.ADHERENCE));
        legend.add(ChartStyle.legendLine(
                Words.text(locale, "reports.chart.adherence.progress", Words.percent(PROGRESS_LINE, locale)),
                dashed,
                Palette.INK));
        plot.setFixedLegendItems(legend);
        plot.setNoDataMessage(Words.text(locale, "reports.chart.noSessions"));
        String caption = Words.text(locale, "reports.chart.adherence.caption");
        return ChartStyle.finish(ChartStyle.chart(title(locale), caption, plot, anyLogged));
    }
}
