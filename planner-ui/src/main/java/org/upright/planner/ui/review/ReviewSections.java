package org.upright.planner.ui.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.upright.planner.report.Finding;
import org.upright.planner.report.KeyFigures;
import org.upright.planner.report.Recommendation;
import org.upright.planner.report.ReviewSheet;
import org.upright.planner.report.ReviewWording;
import org.upright.planner.report.SafetyLevel;
import org.upright.planner.report.SafetyStatus;
import org.upright.planner.report.WeekRow;
import org.upright.planner.report.Words;
import org.upright.planner.report.chart.ReviewCharts;
import org.upright.planner.report.chart.SvgChartWriter;
import org.upright.planner.report.chart.WeeklyChart;
import org.upright.planner.review.RecommendationKind;
import org.upright.planner.ui.i18n.ReaderText;

/**
 * The parts of the review screen, each built from the printable sheet so that the screen shows what
 * the PDF prints: safety status, key figures, advice, charts, the weekly table and the findings.
 */
final class ReviewSections {

    static final int CHART_WIDTH = 560;
    static final int CHART_HEIGHT = 280;

    private ReviewSections() {}

    static Component safety(SafetyStatus safety, Locale locale) {
        Div box = new Div();
        box.setId("review-safety");
        box.addClassNames("review-safety", "level-" + safety.level().name().toLowerCase());
        box.getElement().setAttribute("role", safety.level() == SafetyLevel.CLEAR ? "status" : "alert");
        box.add(new H3(ReviewWording.safetyHeading(safety.level(), locale)));
        box.add(new Paragraph(ReviewWording.safetyLead(safety.level(), locale)));
        safety.lines().forEach(line -> box.add(new Paragraph(line)));
        return box;
    }

    /** The same figures, values and explanations as the PDF's cover (one source: ReviewWording). */
    static Component keyFigures(KeyFigures f, Locale locale) {
        Div cards = new Div();
        cards.setId("review-figures");
        cards.addClassName("review-figures");
        ReviewWording.keyFigures(f, locale)
                .forEach(figure -> cards.add(figure(figure.label(), figure.value(), figure.detail())));
        return cards;
    }

    private static Component figure(String label, String value, String detail) {
        Div card = new Div();
        card.addClassName("review-figure");
        Span l = new Span(label);
        l.addClassName("review-figure-label");
        Span v = new Span(value);
        v.addClassName("review-figure-value");
        Span d = new Span(detail);
        d.addClassName("review-figure-detail");
        card.add(l, v, d);
        return card;
    }

    static Component recommendations(List<Recommendation> advice, List<RecommendationKind> kinds) {
        Div section = new Div(new H3(ReaderText.words("ui.review.next")));
        section.setId("review-advice");
        OrderedList list = new OrderedList();
        for (int i = 0; i < advice.size(); i++) {
            ListItem item = new ListItem();
            item.addClassName("review-advice-item");
            if (i < kinds.size()) {
                item.getElement().setAttribute("data-kind", kinds.get(i).name());
            }
            Span title = new Span(advice.get(i).title());
            title.addClassName("review-advice-title");
            item.add(title, new Paragraph(advice.get(i).text()));
            list.add(item);
        }
        section.add(list);
        return section;
    }

    static Component charts(List<WeekRow> weeks, Locale locale) {
        Div charts = new Div();
        charts.setId("review-charts");
        charts.addClassName("review-charts");
        List<WeeklyChart> all = ReviewCharts.all();
        for (int i = 0; i < all.size(); i++) {
            WeeklyChart chart = all.get(i);
            Div figure = new Div();
            figure.addClassName("review-chart");
            figure.getElement().setAttribute("role", "img");
            figure.getElement().setAttribute("aria-label", chart.title(locale));
            // innerHTML of a div: the browser's HTML parser reads inline SVG correctly (viewBox and
            // all), which a server-side HTML parser would lower-case.
            figure.getElement()
                    .setProperty(
                            "innerHTML",
                            SvgChartWriter.toSvg(
                                    chart.build(weeks, locale), CHART_WIDTH, CHART_HEIGHT, "review-chart-" + i));
            charts.add(figure);
        }
        return charts;
    }

    static Component weeklyTable(List<WeekRow> weeks, Locale locale) {
        Grid<WeekRow> grid = new Grid<>();
        grid.setId("review-weeks");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();
        grid.addColumn(w -> Words.weekShort(w.week(), locale) + " · "
                        + Words.dayMonth(w.week().monday(), locale))
                .setHeader(ReaderText.words("ui.review.week"))
                .setAutoWidth(true)
                .setFrozen(true);
        for (ReviewWording.Measure measure : ReviewWording.measures(locale)) {
            grid.addColumn(w -> measure.value().apply(w))
                    .setHeader(measure.label())
                    .setAutoWidth(true)
                    .setTextAlign(ColumnTextAlign.END)
                    .setPartNameGenerator(w -> measure.offTarget().test(w) ? "off-target" : null);
        }
        grid.setItems(weeks);
        return grid;
    }

    static Component findings(List<Finding> findings, Locale locale) {
        Div section = new Div(new H3(ReaderText.words("ui.review.findings")));
        section.setId("review-findings");
        if (findings.isEmpty()) {
            section.add(new Paragraph(ReviewWording.noFindings(locale)));
            return section;
        }
        UnorderedList list = new UnorderedList();
        findings.stream()
                .sorted(Comparator.comparing(Finding::severity).reversed())
                .forEach(f -> {
                    ListItem item = new ListItem();
                    item.addClassNames(
                            "finding", "finding-" + f.severity().name().toLowerCase());
                    Span badge = new Span(ReviewWording.severity(f.severity(), locale));
                    badge.addClassName("finding-badge");
                    item.add(badge, new Paragraph(f.message()));
                    list.add(item);
                });
        section.add(list);
        return section;
    }

    static Component disclaimer(ReviewSheet sheet) {
        Paragraph disclaimer = new Paragraph(sheet.disclaimer());
        disclaimer.addClassName("upright-disclaimer");
        disclaimer.setId("review-disclaimer");
        return disclaimer;
    }
}
