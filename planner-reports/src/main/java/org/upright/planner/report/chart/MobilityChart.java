package org.upright.planner.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.upright.planner.report.MobilityBand;
import org.upright.planner.report.WeekRow;
import org.upright.planner.report.Words;

/**
 * Mobility sessions per week against the target band (2–3 by default), drawn as a shaded strip
 * behind the bars and named in the legend (a label inside the plot would collide with some bar).
 * The strip is the band of the last week: the band is a profile setting and rarely changes within a
 * review; the weekly table shows each week's own band. Weeks with nothing logged show "no data".
 */
final class MobilityChart implements WeeklyChart {

    /** An opaque tint rather than transparency, so printers and PDF viewers all show the same. */
    private static final Color BAND_FILL = new Color(0xDDEFE5);

    @Override
    public String title(Locale locale) {
        return Words.text(locale, "reports.chart.mobility.title");
    }

    @Override
    public JFreeChart build(List<WeekRow> weeks, Locale locale) {
        MobilityBand band = weeks.getLast().mobilityBand();
        String series = Words.text(locale, "reports.chart.mobility.sessions");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int most = weeks.stream().mapToInt(WeekRow::mobilitySessions).max().orElse(0);
        NumberAxis sessions = ChartStyle.countAxis();
        sessions.setAutoRange(false);
        sessions.setRange(0, Math.max(band.max(), most) + 1.2);
        CategoryPlot plot = new CategoryPlot(
                data, ChartStyle.weekAxis(), sessions, ChartStyle.bars("{2}", locale, Palette.MOBILITY));

        boolean anyLogged = !weeks.stream().allMatch(WeekRow::nothingLogged);
        if (anyLogged) {
            for (WeekRow week : weeks) {
                String key = ChartStyle.weekKey(week, locale);
                data.addValue(week.nothingLogged() ? null : week.mobilitySessions(), series, key);
                if (week.nothingLogged()) {
                    ChartStyle.markMissing(plot, locale, key, 0.1);
                }
            }
        }
        IntervalMarker target = new IntervalMarker(band.min(), band.max(), BAND_FILL);
        target.setOutlinePaint(Palette.BAND);
        target.setOutlineStroke(new BasicStroke(0.5f));
        plot.addRangeMarker(target, Layer.BACKGROUND);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(ChartStyle.legendBox(series, Palette.MOBILITY));
        legend.add(
                ChartStyle.legendBox(Words.text(locale, "reports.chart.mobility.target", band.toString()), BAND_FILL));
        plot.setFixedLegendItems(legend);
        plot.setNoDataMessage(Words.text(locale, "reports.chart.noSessions"));

        String caption = Words.text(locale, "reports.chart.mobility.caption", band.toString());
        return ChartStyle.finish(ChartStyle.chart(title(locale), caption, plot, anyLogged));
    }
}
