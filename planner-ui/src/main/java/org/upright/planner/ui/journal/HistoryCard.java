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
        weeks.setAriaLabel("Period");
        weeks.setItems(JournalOverview.MIN_WEEKS, 3, JournalOverview.MAX_WEEKS);
        weeks.setItemLabelGenerator(n -> "Last " + n + " weeks");
        weeks.setValue(JournalOverview.MIN_WEEKS);
        weeks.addValueChangeListener(e -> refresh());
        chart.addClassName("journal-chart");
        chart.setId("pain-chart");
        Div header = new Div(new H3("Your journal"), weeks);
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
                .setAttribute("aria-label", DailyPainChart.title(getLocale()) + ": " + summary(overview.days()));

        adherence.removeAll();
        adherence.add(new H4("Sessions done"));
        UnorderedList weekList = new UnorderedList();
        for (WeeklyAdherence week : overview.adherence()) {
            String text = "Week of " + JournalLabels.day(week.weekStart()) + ": "
                    + (week.planned() == 0
                            ? "nothing planned yet"
                            : week.completedOfPlanned() + " of " + week.planned() + " planned ("
                                    + Math.round(week.adherence() * 100) + " %)");
            weekList.add(new ListItem(text));
        }
        adherence.add(weekList);

        notes.removeAll();
        notes.add(new H4("Notes"));
        if (overview.notes().isEmpty()) {
            notes.add(new Paragraph("No notes in this period."));
        } else {
            UnorderedList noteList = new UnorderedList();
            for (JournalNote note : overview.notes()) {
                ListItem item = new ListItem(
                        JournalLabels.day(note.date()) + " · " + source(note.source()) + ": " + note.text());
                item.addClassName("journal-note");
                noteList.add(item);
            }
            notes.add(noteList);
        }
    }

    /** The chart in words, for screen readers: the latest day with a check-in. */
    private static String summary(List<DayPain> days) {
        return days.reversed().stream()
                .filter(DayPain::hasCheckIns)
                .findFirst()
                .map(d -> "latest check-in " + JournalLabels.day(d.date()) + ", before "
                        + (d.before() == null ? "not noted" : Math.round(d.before()))
                        + ", after " + (d.after() == null ? "not noted" : Math.round(d.after())))
                .orElse("no check-ins yet");
    }

    private static String source(JournalNote.Source source) {
        return switch (source) {
            case PAIN_CHECK_IN -> "check-in";
            case SKIPPED_SESSION -> "skipped";
            case SESSION -> "session";
        };
    }
}
