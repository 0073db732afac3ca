package org.upright.planner.report.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.upright.planner.report.Words;

/**
 * The pain journal's chart: pain before and after sessions per day over the last two to four
 * weeks, on the 0–10 scale, in the review charts' look (same fonts, colours, line styles and theme
 * as {@link PainChart}, finished by {@link ChartStyle}). A day without a check-in is a gap in the
 * line, never a 0, which would read as "no pain". The axis is labelled on Mondays, so 28 days fit
 * a phone.
 */
public final class DailyPainChart {

    /** The chart's heading in the reader's language, also the start of its text alternative. */
    public static String title(Locale locale) {
        return Words.text(locale, "reports.chart.daily.title");
    }

    /**
     * One day of the journal.
     *
     * @param before mean pain before sessions that day, 0–10; {@code null} without a check-in
     * @param after mean pain after sessions that day, 0–10; {@code null} without a check-in
     */
    public record Day(LocalDate date, Double before, Double after) {
        public Day {
            Objects.requireNonNull(date, "date is required");
            requireScale(before, "before");
            requireScale(after, "after");
        }

        private static void requireScale(Double value, String name) {
            if (value != null && !(value >= 0 && value <= 10)) {
                throw new IllegalArgumentException(name + " must be between 0 and 10, was " + value);
            }
        }
    }

    private DailyPainChart() {}

    /** A new chart of {@code days}: consecutive dates, oldest first. */
    public static JFreeChart build(List<Day> days, Locale locale) {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("the chart needs at least one day");
        }
        for (int i = 1; i < days.size(); i++) {
            if (!days.get(i).date().equals(days.get(i - 1).date().plusDays(1))) {
                throw new IllegalArgumentException("days must be consecutive, oldest first");
            }
        }
        XYSeries before = new XYSeries(PainChart.before(locale), false, true);
        XYSeries after = new XYSeries(PainChart.after(locale), false, true);
        boolean any = false;
        for (int i = 0; i < days.size(); i++) {
            Day day = days.get(i);
            before.add(i, day.before());
            after.add(i, day.after());
            any |= day.before() != null || day.after() != null;
        }
        XYSeriesCollection data = new XYSeriesCollection();
        if (any) {
            data.addSeries(before);
            data.addSeries(after);
        }
        XYPlot plot = new XYPlot(data, dayAxis(days, locale), ChartStyle.fixedAxis(10, 2, "0", locale), renderer());
        plot.setNoDataMessage(Words.text(locale, "reports.chart.noCheckIns"));
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setInsets(new RectangleInsets(2, 2, 2, 2));
        String caption = Words.text(locale, "reports.chart.daily.caption");
        JFreeChart chart = ChartStyle.finish(titled(title(locale), caption, plot, any));
        // The theme styles category plots in ChartStyle; these are the same touches for this XY plot.
        plot.setNoDataMessageFont(ReportFonts.get().regular(9f));
        plot.setNoDataMessagePaint(Palette.MUTED);
        plot.getRangeAxis().setAxisLineVisible(false);
        plot.getRangeAxis().setTickMarksVisible(false);
        plot.getDomainAxis().setTickMarksVisible(false);
        plot.getDomainAxis().setAxisLinePaint(Palette.MUTED);
        return chart;
    }

    /** Title and caption laid out as {@link ChartStyle#chart} does for the review's category charts. */
    private static JFreeChart titled(String title, String caption, XYPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, ReportFonts.get().bold(ChartStyle.TITLE_SIZE), plot, legend);
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.getTitle().setMargin(0, 2, 1, 0);
        TextTitle sub = new TextTitle(caption);
        sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
        sub.setPosition(RectangleEdge.TOP);
        sub.setMargin(0, 2, 3, 0);
        chart.addSubtitle(sub);
        chart.setPadding(new RectangleInsets(4, 4, 4, 6));
        return chart;
    }

    /** Day numbers along the bottom, labelled with the date every seventh day (the Mondays). */
    private static NumberAxis dayAxis(List<Day> days, Locale locale) {
        NumberAxis axis = new NumberAxis(null);
        axis.setRange(-0.5, days.size() - 0.5);
        axis.setAutoRange(false);
        axis.setTickUnit(new NumberTickUnit(7, new DayLabels(days, locale)));
        return axis;
    }

    private static XYLineAndShapeRenderer renderer() {
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
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

    /** Turns a day's index into its date ("17 Nov"). */
    private static final class DayLabels extends NumberFormat {
        private final List<Day> days;
        private final Locale locale;

        DayLabels(List<Day> days, Locale locale) {
            this.days = List.copyOf(days);
            this.locale = locale;
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            return format(Math.round(number), to, pos);
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            if (number >= 0 && number < days.size()) {
                to.append(Words.dayMonth(days.get((int) number).date(), locale));
            }
            return to;
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return null; // labels are only written, never read back
        }
    }
}
