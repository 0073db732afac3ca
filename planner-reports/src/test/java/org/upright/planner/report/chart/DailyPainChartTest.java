package org.upright.planner.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class DailyPainChartTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @Test
    void fourWeeksOfDaysDrawAsWellFormedSvgLabelledOnMondays() throws Exception {
        String svg = SvgChartWriter.toSvg(DailyPainChart.build(days(28), Locale.ENGLISH), 360, 240, "journal");

        Document xml = parse(svg);
        assertThat(xml.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 360 240");
        List<String> texts = texts(xml);
        assertThat(texts)
                .contains(
                        DailyPainChart.title(Locale.ENGLISH),
                        "Before sessions",
                        "After sessions",
                        "2 Nov",
                        "9 Nov",
                        "16 Nov",
                        "23 Nov")
                .doesNotContain("3 Nov", "No check-ins yet");
        assertThat(svg).contains("font-family: Liberation Sans, Arial, Helvetica, sans-serif");
    }

    @Test
    void aDayWithoutACheckInIsAGapNotAZero() {
        List<DailyPainChart.Day> days = days(14);
        JFreeChart chart = DailyPainChart.build(days, Locale.ENGLISH);

        XYDataset data = ((XYPlot) chart.getPlot()).getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(2);
        assertThat(data.getYValue(0, 0)).isEqualTo(6.0);
        assertThat(Double.isNaN(data.getYValue(0, 1)))
                .as("day 2 has no check-in")
                .isTrue();
        assertThat(data.getYValue(1, 0)).isEqualTo(4.0);
    }

    @Test
    void withoutAnyCheckInTheChartSaysSo() throws Exception {
        List<DailyPainChart.Day> empty = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            empty.add(new DailyPainChart.Day(MONDAY.plusDays(i), null, null));
        }
        String svg = SvgChartWriter.toSvg(DailyPainChart.build(empty, Locale.ENGLISH), 360, 240, "journal");

        assertThat(texts(parse(svg))).contains("No check-ins yet");
    }

    @Test
    void daysMustBeConsecutiveAndOnTheScale() {
        assertThatThrownBy(() -> DailyPainChart.build(
                        List.of(
                                new DailyPainChart.Day(MONDAY, 1.0, 1.0),
                                new DailyPainChart.Day(MONDAY.plusDays(2), 1.0, 1.0)),
                        Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DailyPainChart.Day(MONDAY, 11.0, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DailyPainChart.build(List.of(), Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Pain every other day: 6 before and 4 after on even days, nothing on odd days. */
    private static List<DailyPainChart.Day> days(int count) {
        List<DailyPainChart.Day> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean checkedIn = i % 2 == 0;
            days.add(new DailyPainChart.Day(MONDAY.plusDays(i), checkedIn ? 6.0 : null, checkedIn ? 4.0 : null));
        }
        return days;
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document xml) {
        NodeList nodes = xml.getElementsByTagNameNS("*", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
