package org.upright.planner.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.upright.planner.report.SampleReviews;
import org.upright.planner.report.WeekRow;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartOutputTest {

    private static final List<WeekRow> SIX_WEEKS =
            SampleReviews.sixWeeks().build().weeks();

    @Test
    void svg_is_well_formed_xml_with_the_series_and_a_view_box() throws Exception {
        String svg =
                SvgChartWriter.toSvg(ReviewCharts.PUSH_PULL.build(SIX_WEEKS, Locale.ENGLISH), 640, 320, "pushpull");
        Document xml = parse(svg);
        Element root = xml.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 640 320");
        assertThat(texts(xml))
                .contains(
                        "Push and pull sets per week",
                        "Push sets",
                        "Pull sets",
                        "Pull needed for target",
                        "W14",
                        "W19");
    }

    @Test
    void every_chart_writes_well_formed_svg_for_every_sample() throws Exception {
        for (WeeklyChart chart : ReviewCharts.all()) {
            for (var sample :
                    List.of(SampleReviews.sixWeeks(), SampleReviews.noLogs(), SampleReviews.singleWeekWithData())) {
                String svg = SvgChartWriter.toSvg(chart.build(sample.build().weeks(), Locale.ENGLISH), 480, 260, "c");
                assertThat(texts(parse(svg))).as(chart.title(Locale.ENGLISH)).contains(chart.title(Locale.ENGLISH));
            }
        }
    }

    @Test
    void svg_text_is_set_in_liberation_sans_with_arial_as_fallback_and_real_bold_titles() throws Exception {
        String svg = SvgChartWriter.toSvg(ReviewCharts.PAIN.build(SIX_WEEKS, Locale.ENGLISH), 480, 260, "pain");
        assertThat(svg).contains("font-family: Liberation Sans, Arial, Helvetica, sans-serif");
        Document xml = parse(svg);
        NodeList texts = xml.getElementsByTagNameNS("*", "text");
        boolean boldTitle = false;
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (text.getTextContent().equals("Pain per week (0–10)")) {
                boldTitle = text.getAttribute("style").contains("font-weight: bold");
            }
        }
        assertThat(boldTitle).as("the title is marked bold for the browser").isTrue();
        assertThat(texts(xml)).contains("Before sessions", "After sessions");
    }

    @Test
    void svg_without_check_ins_says_so() throws Exception {
        String svg = SvgChartWriter.toSvg(
                ReviewCharts.PAIN.build(SampleReviews.noLogs().build().weeks(), Locale.ENGLISH), 480, 260, "pain");
        assertThat(texts(parse(svg))).contains("No check-ins yet");
    }

    @Test
    void two_charts_on_one_page_do_not_share_ids() throws Exception {
        String first = SvgChartWriter.toSvg(ReviewCharts.PAIN.build(SIX_WEEKS, Locale.ENGLISH), 480, 260, "pain");
        String second =
                SvgChartWriter.toSvg(ReviewCharts.MOBILITY.build(SIX_WEEKS, Locale.ENGLISH), 480, 260, "mobility");
        Set<String> ids = ids(parse(first));
        Set<String> otherIds = ids(parse(second));
        assertThat(ids).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith("pain"));
        assertThat(ids).doesNotContainAnyElementsOf(otherIds);
    }

    @Test
    void refuses_sizes_and_id_prefixes_that_would_break_the_page() {
        var chart = ReviewCharts.PAIN.build(SIX_WEEKS, Locale.ENGLISH);
        assertThatThrownBy(() -> SvgChartWriter.toSvg(chart, 0, 100, "a")).hasMessageContaining("width and height");
        assertThatThrownBy(() -> SvgChartWriter.toSvg(chart, 100, 100, "1a")).hasMessageContaining("idPrefix");
        assertThatThrownBy(() -> SvgChartWriter.toSvg(chart, 100, 100, "a'b")).hasMessageContaining("idPrefix");
    }

    @Test
    void svg_coordinates_are_rounded_to_hundredths() {
        assertThat(SvgChartWriter.hundredths(239.16425120772948)).isEqualTo("239.16");
        assertThat(SvgChartWriter.hundredths(12.0)).isEqualTo("12");
        assertThat(SvgChartWriter.hundredths(-0.5)).isEqualTo("-0.5");
    }

    @Test
    void pdf_font_mapper_picks_the_bold_face_by_name_because_bold_ttfs_load_as_plain() {
        ReportFonts fonts = ReportFonts.get();
        var mapper = fonts.pdfFontMapper();
        Font boldFace = fonts.bold(10);
        assertThat(boldFace.getFontName()).contains("Bold");
        assertThat(mapper.awtToPdf(boldFace)).isSameAs(fonts.pdfBold());
        assertThat(mapper.awtToPdf(boldFace.deriveFont(Font.PLAIN))).isSameAs(fonts.pdfBold());
        assertThat(mapper.awtToPdf(fonts.regular(10))).isSameAs(fonts.pdfRegular());
        assertThat(mapper.awtToPdf(fonts.regular(10).deriveFont(Font.BOLD))).isSameAs(fonts.pdfBold());
        assertThat(mapper.awtToPdf(new Font("Dialog", Font.PLAIN, 10))).isSameAs(fonts.pdfRegular());
    }

    @Test
    void the_typeface_has_every_character_the_review_prints() {
        Font regular = ReportFonts.get().regular(10);
        Font bold = ReportFonts.get().bold(10);
        String fixedTexts = "→–·…•×÷%";
        String names =
                SampleReviews.LIFTER + SampleReviews.COACH + "Юлия Кузнецова ŜtefănescuØvergaardĆwiczeniaČeština";
        for (String text : List.of(fixedTexts, names)) {
            assertThat(regular.canDisplayUpTo(text)).as("regular: %s", text).isEqualTo(-1);
            assertThat(bold.canDisplayUpTo(text)).as("bold: %s", text).isEqualTo(-1);
        }
        assertThat(ReportFonts.get()).isSameAs(ReportFonts.get());
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document xml) {
        NodeList nodes = xml.getElementsByTagNameNS("*", "text");
        return java.util.stream.IntStream.range(0, nodes.getLength())
                .mapToObj(i -> nodes.item(i).getTextContent())
                .toList();
    }

    private static Set<String> ids(Document xml) {
        Set<String> ids = new HashSet<>();
        NodeList all = xml.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
    }
}
