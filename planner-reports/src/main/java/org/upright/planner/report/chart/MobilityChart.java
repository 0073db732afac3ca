package org.upright.planner.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.upright.planner.report.MobilityBand;
import org.upright.planner.report.WeekRow;

/**
 * Mobility sessions per week against the target band (2–3 by default), drawn as a shaded strip
 * behind the bars and named in the legend (a label inside the plot would collide with some bar).
 * The strip is the band of the last week: the band is a profile setting and rarely changes within a
 * review; the weekly table shows each week's own band. Weeks with nothing logged show "no data".
 */
final class MobilityChart implements WeeklyChart {

    static final String SESSIONS = "Mobility sessions";
    /** An opaque tint rather than transparency, so printers and PDF viewers all show the same. */
    private static final Color BAND_FILL = new Color(0xDDEFE5);

    @Override
    public String title() {
        return "Mobility sessions per week";
    }

    @Override
    public JFreeChart build(List<WeekRow> weeks) {
        MobilityBand band = weeks.getLast().mobilityBand();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int most = weeks.stream().mapToInt(WeekRow::mobilitySessions).max().orElse(0);
        NumberAxis sessions = ChartStyle.countAxis();
        sessions.setAutoRange(false);
        sessions.setRange(0, Math.max(band.max(), most) + 1.2);
        CategoryPlot plot =
                new CategoryPlot(data, ChartStyle.weekAxis(), sessions, ChartStyle.bars("{2}", Palette.MOBILITY));

        boolean anyLogged = !weeks.stream().allMatch(WeekRow::nothingLogged);
        if (anyLogged) {
            for (WeekRow week : weeks) {
                String key = ChartStyle.weekKey(week);
                data.addValue(week.nothingLogged() ? null : week.mobilitySessions(), SESSIONS, key);
                if (week.nothingLogged()) {
                    ChartStyle.markMissing(plot, key, 0.1);
                }
            }
        }
        IntervalMarker target = new IntervalMarker(band.min(), band.max(), BAND_FILL);
        target.setOutlinePaint(Palette.BAND);
        target.setOutlineStroke(new BasicStroke(0.5f));
        plot.addRangeMarker(target, Layer.BACKGROUND);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(ChartStyle.legendBox(SESSIONS, Palette.MOBILITY));
        legend.add(ChartStyle.legendBox("Target: " + band + " a week", BAND_FILL));
        plot.setFixedLegendItems(legend);
        plot.setNoDataMessage("No sessions logged yet");

        String caption = "Sessions done each week; the shaded strip is the target (" + band + " a week)";
        return ChartStyle.finish(ChartStyle.chart(title(), caption, plot, anyLogged));
    }
}
