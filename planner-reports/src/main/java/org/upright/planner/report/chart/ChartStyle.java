package org.upright.planner.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.upright.planner.report.WeekRow;
import org.upright.planner.report.Words;

/**
 * The one look of all review charts: Liberation Sans, white background, light grid, flat bars.
 *
 * <p>{@link #finish} must run as the chart's last step, after every axis, renderer, marker and
 * annotation exists: the JFreeChart theme only styles what is already there (a secondary axis added
 * later keeps the default font), and it leaves markers, category annotations and the "no data"
 * message alone, so those are styled here too. Markers get no label background: JFreeChart's
 * default is a translucent grey box that looks like a smudge in print.
 */
final class ChartStyle {

    static final float TITLE_SIZE = 9.5f;
    static final float CAPTION_SIZE = 7.5f;
    static final float TEXT_SIZE = 7f;
    static final float SMALL_SIZE = 6.5f;

    /**
     * Numbers as the review prints them: at most one decimal, the reader's decimal separator. A new
     * instance each time, because DecimalFormat is not thread-safe and charts render concurrently.
     */
    static NumberFormat number(Locale locale) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale == null ? Locale.ENGLISH : locale));
    }

    /** A bar's value label as a percentage in the reader's notation: "{2}%" or "{2} %". */
    static String percentLabel(Locale locale) {
        return Words.percent(PERCENT_PROBE, locale).replace(Integer.toString(PERCENT_PROBE), "{2}");
    }

    /** An axis tick pattern for percentages in the reader's notation: 50% or 50 %. */
    static String percentTicks(Locale locale) {
        String written = Words.percent(PERCENT_PROBE, locale);
        String sign = written.replace(Integer.toString(PERCENT_PROBE), "");
        return written.startsWith(Integer.toString(PERCENT_PROBE)) ? "0'" + sign + "'" : "'" + sign + "'0";
    }

    private static final int PERCENT_PROBE = 50;

    private static final Color NO_BACKGROUND = new Color(255, 255, 255, 0);
    /** Built once; {@code apply} only reads it, so sharing it between threads is safe. */
    private static final StandardChartTheme THEME = theme();

    private ChartStyle() {}

    static JFreeChart chart(String title, String caption, CategoryPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, ReportFonts.get().bold(TITLE_SIZE), plot, legend);
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.getTitle().setMargin(0, 2, 1, 0);
        if (caption != null) {
            TextTitle sub = new TextTitle(caption);
            sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
            sub.setPosition(RectangleEdge.TOP);
            sub.setMargin(0, 2, 3, 0);
            chart.addSubtitle(sub);
        }
        chart.setPadding(new RectangleInsets(4, 4, 4, 6));
        return chart;
    }

    /** The weeks along the bottom. */
    static CategoryAxis weekAxis() {
        CategoryAxis axis = new CategoryAxis(null);
        axis.setCategoryMargin(0.25);
        axis.setLowerMargin(0.03);
        axis.setUpperMargin(0.03);
        return axis;
    }

    /**
     * A count axis (sets, sessions) starting at 0 with whole-number ticks. No axis label: the chart
     * title names the unit, and a rotated label costs width on a half-page chart.
     */
    static NumberAxis countAxis() {
        NumberAxis axis = new NumberAxis(null);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setAutoRangeIncludesZero(true);
        axis.setUpperMargin(0.15);
        return axis;
    }

    /**
     * A fixed 0–{@code max} axis (percent, score, pain) with a little head room so value labels on
     * the top point are not cut off; ticks stop at {@code max}.
     */
    static NumberAxis fixedAxis(double max, double tick, String tickPattern, Locale locale) {
        NumberAxis axis = new NumberAxis(null);
        axis.setRange(0, max * 1.12);
        axis.setTickUnit(
                new NumberTickUnit(tick, new DecimalFormat(tickPattern, DecimalFormatSymbols.getInstance(locale))));
        axis.setAutoRange(false);
        return axis;
    }

    /** Bars in the given colours (one per series), flat, with their value printed above. */
    static BarRenderer bars(String valuePattern, Locale locale, Color... colours) {
        BarRenderer bars = new BarRenderer();
        bars.setAutoPopulateSeriesPaint(false);
        for (int i = 0; i < colours.length; i++) {
            bars.setSeriesPaint(i, colours[i]);
        }
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.06);
        bars.setMaximumBarWidth(0.14);
        bars.setDefaultItemLabelGenerator(new NonZeroLabels(valuePattern, locale));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        bars.setItemLabelAnchorOffset(1.5);
        return bars;
    }

    /**
     * Puts the value labels inside the top of the bars, where no target line or marker covers them.
     * A bar too short to hold its label shows none (there is no fallback position on purpose: a
     * white label outside the bar would be invisible); the weekly table has every number.
     */
    static void labelsInside(BarRenderer bars, Color... labelColours) {
        bars.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.INSIDE12, TextAnchor.TOP_CENTER));
        for (int i = 0; i < labelColours.length; i++) {
            bars.setSeriesItemLabelPaint(i, labelColours[i]);
        }
        bars.setItemLabelAnchorOffset(2.5);
    }

    /** A legend entry drawn as a filled square (bars, bands). */
    static LegendItem legendBox(String label, Color fill) {
        LegendItem item = new LegendItem(label, null, null, null, new Rectangle2D.Double(-4, -4, 8, 8), fill);
        item.setLabelFont(ReportFonts.get().regular(TEXT_SIZE));
        return item;
    }

    /** A legend entry drawn as a short line (target lines, reference lines). */
    static LegendItem legendLine(String label, Stroke stroke, Color colour) {
        LegendItem item = new LegendItem(label, null, null, null, new Line2D.Double(-8, 0, 8, 0), stroke, colour);
        item.setLabelFont(ReportFonts.get().regular(TEXT_SIZE));
        return item;
    }

    /** Value labels that leave a zero unlabelled: an empty week needs no "0" floating on the axis. */
    private static final class NonZeroLabels extends StandardCategoryItemLabelGenerator {
        NonZeroLabels(String pattern, Locale locale) {
            super(pattern, number(locale));
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            Number value = dataset.getValue(row, column);
            return value == null || value.doubleValue() == 0 ? null : super.generateLabel(dataset, row, column);
        }
    }

    /** Marks a week that has no data with a small "no data" note just above the axis. */
    static void markMissing(CategoryPlot plot, Locale locale, String week, double y) {
        CategoryTextAnnotation note =
                new CategoryTextAnnotation(Words.text(locale, "reports.chart.noDataWeek"), week, y);
        note.setTextAnchor(TextAnchor.BOTTOM_CENTER);
        plot.addAnnotation(note, false);
    }

    static String weekKey(WeekRow week, Locale locale) {
        return Words.weekShort(week.week(), locale);
    }

    /** Applies the theme and styles what the theme does not reach. Call last. */
    static JFreeChart finish(JFreeChart chart) {
        THEME.apply(chart);
        ReportFonts fonts = ReportFonts.get();
        chart.setTextAntiAlias(true);
        chart.setBorderVisible(false);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(fonts.bold(TITLE_SIZE));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof LegendTitle legend) {
                legend.setFrame(BlockBorder.NONE);
                legend.setBackgroundPaint(NO_BACKGROUND);
                legend.setItemLabelPadding(new RectangleInsets(1, 2, 1, 6));
            }
        }
        if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.setNoDataMessageFont(fonts.regular(9f));
            plot.setNoDataMessagePaint(Palette.MUTED);
            plot.setOutlineVisible(false);
            plot.setRangeGridlineStroke(new BasicStroke(0.5f));
            plot.setDomainGridlinesVisible(false);
            plot.setInsets(new RectangleInsets(2, 2, 2, 2));
            for (Marker marker : markers(plot)) {
                marker.setLabelFont(fonts.regular(SMALL_SIZE));
                marker.setLabelPaint(Palette.INK);
                marker.setLabelBackgroundColor(NO_BACKGROUND);
            }
            for (Object annotation : plot.getAnnotations()) {
                if (annotation instanceof CategoryTextAnnotation text) {
                    text.setFont(fonts.regular(SMALL_SIZE));
                    text.setPaint(Palette.MUTED);
                }
            }
            if (plot.getRangeAxis() instanceof NumberAxis axis) {
                axis.setAxisLineVisible(false);
                axis.setTickMarksVisible(false);
            }
            plot.getDomainAxis().setTickMarksVisible(false);
            plot.getDomainAxis().setAxisLinePaint(Palette.MUTED);
        }
        return chart;
    }

    private static List<Marker> markers(CategoryPlot plot) {
        List<Marker> all = new ArrayList<>();
        for (Layer layer : List.of(Layer.FOREGROUND, Layer.BACKGROUND)) {
            addAll(all, plot.getRangeMarkers(layer));
            addAll(all, plot.getDomainMarkers(layer));
        }
        return all;
    }

    private static void addAll(List<Marker> into, Collection<?> markers) {
        if (markers != null) {
            for (Object m : markers) {
                into.add((Marker) m);
            }
        }
    }

    private static StandardChartTheme theme() {
        ReportFonts fonts = ReportFonts.get();
        StandardChartTheme theme = new StandardChartTheme("Upright review", false);
        Font regular = fonts.regular(TEXT_SIZE);
        theme.setExtraLargeFont(fonts.bold(TITLE_SIZE));
        theme.setLargeFont(fonts.regular(CAPTION_SIZE));
        theme.setRegularFont(regular);
        theme.setSmallFont(fonts.regular(SMALL_SIZE));
        theme.setTitlePaint(Palette.INK);
        theme.setSubtitlePaint(Palette.MUTED);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(NO_BACKGROUND);
        theme.setLegendItemPaint(Palette.INK);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Palette.GRID);
        theme.setRangeGridlinePaint(Palette.GRID);
        theme.setDomainGridlinePaint(Palette.GRID);
        theme.setBaselinePaint(Palette.MUTED);
        theme.setAxisLabelPaint(Palette.MUTED);
        theme.setTickLabelPaint(Palette.INK);
        theme.setItemLabelPaint(Palette.INK);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        return theme;
    }
}
