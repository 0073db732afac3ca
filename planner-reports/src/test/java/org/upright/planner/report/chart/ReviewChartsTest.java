package org.upright.planner.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.upright.planner.report.ReviewSheet;
import org.upright.planner.report.SampleReviews;
import org.upright.planner.report.WeekRow;

class ReviewChartsTest {

    private static final List<WeekRow> SIX_WEEKS =
            SampleReviews.sixWeeks().build().weeks();
    private static final List<WeekRow> NO_LOGS = SampleReviews.noLogs().build().weeks();
    private static final List<WeekRow> ONE_WEEK =
            SampleReviews.singleWeekWithData().build().weeks();

    static List<Arguments> everyChartWithEverySample() {
        List<Arguments> all = new ArrayList<>();
        for (WeeklyChart chart : ReviewCharts.all()) {
            for (ReviewSheet.Builder sample :
                    List.of(SampleReviews.sixWeeks(), SampleReviews.noLogs(), SampleReviews.singleWeekWithData())) {
                ReviewSheet sheet = sample.build();
                all.add(Arguments.of(
                        chart.getClass().getSimpleName(),
                        sheet.weeks().size() + " weeks of " + sheet.lifterName(),
                        chart,
                        sheet.weeks()));
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("everyChartWithEverySample")
    void every_chart_uses_only_the_bundled_typeface(
            String name, String sample, WeeklyChart chart, List<WeekRow> weeks) {
        JFreeChart built = chart.build(weeks, Locale.ENGLISH);
        List<Font> fonts = fontsOf(built);
        assertThat(fonts)
                .isNotEmpty()
                .allSatisfy(
                        font -> assertThat(font.getFamily()).as("font %s", font).isEqualTo("Liberation Sans"));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("everyChartWithEverySample")
    void marker_labels_have_no_grey_box(String name, String sample, WeeklyChart chart, List<WeekRow> weeks) {
        CategoryPlot plot = chart.build(weeks, Locale.ENGLISH).getCategoryPlot();
        for (Marker marker : markers(plot)) {
            assertThat(marker.getLabelBackgroundColor().getAlpha()).isZero();
        }
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("everyChartWithEverySample")
    void every_chart_has_one_category_per_week_or_a_no_data_message(
            String name, String sample, WeeklyChart chart, List<WeekRow> weeks) {
        CategoryPlot plot = chart.build(weeks, Locale.ENGLISH).getCategoryPlot();
        CategoryDataset data = plot.getDataset();
        if (data.getColumnCount() == 0) {
            assertThat(plot.getNoDataMessage()).isNotBlank();
        } else {
            assertThat(data.getColumnKeys())
                    .containsExactlyElementsOf(
                            weeks.stream().map(w -> w.week().shortLabel()).toList());
        }
    }

    @Test
    void push_pull_chart_draws_the_pull_sets_the_target_asks_for() {
        CategoryPlot plot =
                ReviewCharts.PUSH_PULL.build(SIX_WEEKS, Locale.ENGLISH).getCategoryPlot();
        CategoryDataset sets = plot.getDataset(0);
        CategoryDataset needed = plot.getDataset(1);
        assertThat(sets.getRowKeys()).containsExactly("Push sets", "Pull sets");
        assertThat(sets.getValue("Push sets", "W14")).isEqualTo(12.0);
        assertThat(sets.getValue("Pull sets", "W14")).isEqualTo(9.0);
        assertThat(needed.getValue("Pull needed for target", "W14")).isEqualTo(18.0); // 1.5 × 12
        assertThat(needed.getValue("Pull needed for target", "W19")).isEqualTo(13.5);
        assertThat(plot.getRenderer(1)).isInstanceOf(TargetMarkRenderer.class);
        assertThat(plot.getRangeAxisIndex(plot.getRangeAxis())).isZero();
        assertThat(plot.getRangeAxis().getUpperBound())
                .as("the axis is tall enough for the highest target mark")
                .isGreaterThanOrEqualTo(18.0);
        assertThat(legend(plot)).contains("Push sets", "Pull sets", "Pull needed for target");
    }

    @Test
    void push_pull_chart_leaves_the_target_out_in_weeks_without_push() {
        CategoryPlot plot =
                ReviewCharts.PUSH_PULL.build(ONE_WEEK, Locale.ENGLISH).getCategoryPlot();
        assertThat(plot.getDataset(1).getValue("Pull needed for target", "W15")).isNull();
        assertThat(plot.getDataset(1).getValue("Pull needed for target", "W19")).isEqualTo(6.0);
    }

    @Test
    void mobility_chart_shades_the_band_behind_the_bars() {
        CategoryPlot plot =
                ReviewCharts.MOBILITY.build(SIX_WEEKS, Locale.ENGLISH).getCategoryPlot();
        List<Marker> background = List.copyOf(plot.getRangeMarkers(Layer.BACKGROUND));
        assertThat(background).hasSize(1).first().isInstanceOf(IntervalMarker.class);
        IntervalMarker band = (IntervalMarker) background.getFirst();
        assertThat(band.getStartValue()).isEqualTo(2.0);
        assertThat(band.getEndValue()).isEqualTo(3.0);
        assertThat(legend(plot)).contains("Target: 2–3 a week");
        assertThat(plot.getDataset().getValue("Mobility sessions", "W19")).isEqualTo(4);
    }

    @Test
    void mobility_chart_shows_no_data_rather_than_zero_for_weeks_with_nothing_logged() {
        CategoryPlot plot =
                ReviewCharts.MOBILITY.build(ONE_WEEK, Locale.ENGLISH).getCategoryPlot();
        assertThat(plot.getDataset().getValue("Mobility sessions", "W15")).isNull();
        assertThat(plot.getDataset().getValue("Mobility sessions", "W19")).isEqualTo(2);
        assertThat(noDataNotes(plot)).containsExactly("W15", "W16", "W17", "W18");
        assertThat(ReviewCharts.MOBILITY
                        .build(NO_LOGS, Locale.ENGLISH)
                        .getCategoryPlot()
                        .getDataset()
                        .getColumnCount())
                .isZero();
    }

    @Test
    void pain_chart_leaves_gaps_for_weeks_without_check_ins() {
        CategoryPlot plot = ReviewCharts.PAIN.build(ONE_WEEK, Locale.ENGLISH).getCategoryPlot();
        CategoryDataset data = plot.getDataset();
        assertThat(data.getValue("Before sessions", "W15")).isNull();
        assertThat(data.getValue("After sessions", "W18")).isNull();
        assertThat(data.getValue("Before sessions", "W19")).isEqualTo(6.0);
        assertThat(data.getValue("After sessions", "W19")).isEqualTo(5.0);
        assertThat(noDataNotes(plot)).containsExactly("W15", "W16", "W17", "W18");
    }

    @Test
    void pain_chart_runs_from_0_to_10_and_says_no_check_ins_yet_when_there_are_none() {
        JFreeChart chart = ReviewCharts.PAIN.build(NO_LOGS, Locale.ENGLISH);
        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getDataset().getColumnCount()).isZero();
        assertThat(plot.getNoDataMessage()).isEqualTo("No check-ins yet");
        ValueAxis axis = plot.getRangeAxis();
        assertThat(axis.getLowerBound()).isZero();
        assertThat(axis.getUpperBound()).isBetween(10.0, 11.5);
        assertThat(chart.getLegend())
                .as("no legend for lines that are not there")
                .isNull();
    }

    @Test
    void adherence_chart_runs_from_0_to_100_percent_with_the_75_percent_line() {
        CategoryPlot plot =
                ReviewCharts.ADHERENCE.build(SIX_WEEKS, Locale.ENGLISH).getCategoryPlot();
        assertThat(plot.getRangeAxis().getLowerBound()).isZero();
        assertThat(plot.getRangeAxis().getUpperBound()).isBetween(100.0, 115.0);
        List<Marker> lines = markers(plot);
        assertThat(lines).hasSize(1);
        assertThat(((ValueMarker) lines.getFirst()).getValue()).isEqualTo(75.0);
        assertThat(plot.getDataset().getValue("Sessions done", "W16")).isEqualTo(50);
        assertThat(ReviewCharts.ADHERENCE
                        .build(NO_LOGS, Locale.ENGLISH)
                        .getCategoryPlot()
                        .getNoDataMessage())
                .isEqualTo("No sessions logged yet");
    }

    @Test
    void balance_score_chart_plots_each_week_on_0_to_100() {
        CategoryPlot plot =
                ReviewCharts.BALANCE_SCORE.build(SIX_WEEKS, Locale.ENGLISH).getCategoryPlot();
        assertThat(plot.getDataset().getValue("Balance score", "W14")).isEqualTo(58);
        assertThat(plot.getDataset().getValue("Balance score", "W19")).isEqualTo(81);
        assertThat(plot.getRangeAxis().getUpperBound()).isBetween(100.0, 115.0);
        assertThat(ReviewCharts.BALANCE_SCORE
                        .build(ONE_WEEK, Locale.ENGLISH)
                        .getCategoryPlot()
                        .getDataset()
                        .getValue("Balance score", "W15"))
                .isNull();
    }

    @Test
    void each_build_returns_a_new_chart() {
        assertThat(ReviewCharts.PAIN.build(SIX_WEEKS, Locale.ENGLISH))
                .isNotSameAs(ReviewCharts.PAIN.build(SIX_WEEKS, Locale.ENGLISH));
        assertThat(ReviewCharts.all()).extracting(c -> c.title(Locale.ENGLISH)).doesNotHaveDuplicates();
    }

    private static List<String> legend(CategoryPlot plot) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < plot.getLegendItems().getItemCount(); i++) {
            labels.add(plot.getLegendItems().get(i).getLabel());
        }
        return labels;
    }

    private static List<String> noDataNotes(CategoryPlot plot) {
        List<String> weeks = new ArrayList<>();
        for (Object a : plot.getAnnotations()) {
            if (a instanceof CategoryTextAnnotation note && note.getText().equals("no data")) {
                weeks.add((String) note.getCategory());
            }
        }
        return weeks;
    }

    private static List<Marker> markers(CategoryPlot plot) {
        List<Marker> all = new ArrayList<>();
        for (Layer layer : List.of(Layer.FOREGROUND, Layer.BACKGROUND)) {
            if (plot.getRangeMarkers(layer) != null) {
                plot.getRangeMarkers(layer).forEach(m -> all.add((Marker) m));
            }
        }
        return all;
    }

    /** Every font the chart will draw text with. */
    private static List<Font> fontsOf(JFreeChart chart) {
        List<Font> fonts = new ArrayList<>();
        if (chart.getTitle() != null) {
            fonts.add(chart.getTitle().getFont());
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title title = chart.getSubtitle(i);
            if (title instanceof TextTitle text) {
                fonts.add(text.getFont());
            } else if (title instanceof LegendTitle legend) {
                fonts.add(legend.getItemFont());
            }
        }
        CategoryPlot plot = chart.getCategoryPlot();
        fonts.add(plot.getNoDataMessageFont());
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            fonts.add(plot.getDomainAxis(i).getTickLabelFont());
            fonts.add(plot.getDomainAxis(i).getLabelFont());
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            if (plot.getRangeAxis(i) != null) {
                fonts.add(plot.getRangeAxis(i).getTickLabelFont());
                fonts.add(plot.getRangeAxis(i).getLabelFont());
            }
        }
        for (int i = 0; i < plot.getRendererCount(); i++) {
            if (plot.getRenderer(i) != null) {
                fonts.add(plot.getRenderer(i).getDefaultItemLabelFont());
            }
        }
        for (int i = 0; i < plot.getLegendItems().getItemCount(); i++) {
            LegendItem item = plot.getLegendItems().get(i);
            if (item.getLabelFont() != null) {
                fonts.add(item.getLabelFont());
            }
        }
        markers(plot).forEach(m -> fonts.add(m.getLabelFont()));
        for (Object a : plot.getAnnotations()) {
            if (a instanceof CategoryTextAnnotation text) {
                fonts.add(text.getFont());
            }
        }
        return fonts;
    }
}
