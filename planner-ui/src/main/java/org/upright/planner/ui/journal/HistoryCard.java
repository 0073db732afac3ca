package org.upright.planner.ui.journal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.upright.planner.common.Quantities;
import org.upright.planner.journal.DayPain;
import org.upright.planner.journal.JournalNote;
import org.upright.planner.journal.JournalOverview;
import org.upright.planner.journal.JournalService;
import org.upright.planner.report.chart.DailyPainChart;
import org.upright.planner.report.chart.SvgChartWriter;
import org.upright.planner.safety.WeeklyAdherence;

/**
 * The last two to four weeks: pain before and after per day as a chart (the review's chart code,
 * as SVG), sessions done per week, and the notes written.
 */
class HistoryCard extends Composite<Div> {

    static final int CHART_WIDTH = 340;
    static final int CHART_HEIGHT = 220;

    final Select<Integer> weeks = new Select<>();
    private final Div chart = new Div();
    private final Div adherence = new Div();
    private final Div notes = new Div();
    private final JournalService journal;
    private final long lifterId;

    HistoryCard(JournalService journal, long lifterId) {
        this.journal = journal;
        this.lifterId = lifterId;
        Div root = getContent();
        root.addClassNames("journal-card", "history-card");
        root.setId("history");
        weeks.setAriaLabel(getTranslation("journal.history.period"));
        weeks.setItems(JournalOverview.MIN_WEEKS, 3, JournalOverview.MAX_WEEKS);
        weeks.setItemLabelGenerator(n -> getTranslation("journal.history.lastWeeks", n));
        weeks.setValue(JournalOverview.MIN_WEEKS);
        weeks.addValueChangeListener(e -> refresh());
        chart.addClassName("journal-chart");
        chart.setId("pain-chart");
        Div header = new Div(new H3(getTranslation("journal.history.title")), weeks);
        header.addClassName("card-header");
        root.add(header, chart, adherence, notes);
        refresh();
    }

    void refresh() {
        JournalOverview overview = journal.overview(lifterId, weeks.getValue());
        List<DailyPainChart.Day> days = overview.days().stream()
                .map(d -> new DailyPainChart.Day(d.date(), d.before(), d.after()))
                .toList();
        // As innerHTML, so the browser's own parser reads the SVG: Vaadin's Html component parses it
        // server-side as HTML, which lower-cases "viewBox" and the chart would no longer scale.
        chart.getElement()
                .setProperty(
                        "innerHTML",
                        SvgChartWriter.toSvg(
                                DailyPainChart.build(days, getLocale()), CHART_WIDTH, CHART_HEIGHT, "journal"));
        chart.getElement().setAttribute("role", "img");
        chart.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(
                                "journal.history.chartLabel",
                                DailyPainChart.title(getLocale()),
                                summary(overview.days())));

        adherence.removeAll();
        adherence.add(new H4(getTranslation("journal.history.sessionsDone")));
        UnorderedList weekList = new UnorderedList();
        for (WeeklyAdherence week : overview.adherence()) {
            String done = week.planned() == 0
                    ? getTranslation("journal.history.nothingPlanned")
                    : getTranslation(
                            "journal.history.done",
                            week.completedOfPlanned(),
                            week.planned(),
                            Quantities.percent(week.adherence(), getLocale()));
            String text = getTranslation("journal.history.week", JournalLabels.day(week.weekStart()), done);
            weekList.add(new ListItem(text));
        }
        adherence.add(weekList);

        notes.removeAll();
        notes.add(new H4(getTranslation("journal.history.notes")));
        if (overview.notes().isEmpty()) {
            notes.add(new Paragraph(getTranslation("journal.history.noNotes")));
        } else {
            UnorderedList noteList = new UnorderedList();
            for (JournalNote note : overview.notes()) {
                ListItem item = new ListItem(getTranslation(
                        "journal.history.note",
                        JournalLabels.day(note.date()),
                        getTranslation("journal.history.source." + note.source().name()),
                        note.text()));
                item.addClassName("journal-note");
                noteList.add(item);
            }
            notes.add(noteList);
        }
    }

    /** The chart in words, for screen readers: the latest day with a check-in. */
    private String summary(List<DayPain> days) {
        return days.reversed().stream()
                .filter(DayPain::hasCheckIns)
                .findFirst()
                .map(d -> getTranslation(
                        "journal.history.latest", JournalLabels.day(d.date()), pain(d.before()), pain(d.after())))
                .orElseGet(() -> getTranslation("journal.history.noCheckIns"));
    }

    /** A day's mean pain as a whole number, as the chart's scale reads. */
    private String pain(Double mean) {
        return mean == null
                ? getTranslation("journal.history.notNoted")
                : Quantities.number(Math.round(mean), getLocale());
    }
}
