package org.upright.planner.ui.coaching;

import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.Map;
import org.upright.planner.coaching.ClientRow;
import org.upright.planner.review.ReviewSchedule;
import org.upright.planner.ui.i18n.ReaderText;

/** The roster's review column: "due" or when the next review is, and the date the last one was sent. */
final class ReviewDueColumn {

    private ReviewDueColumn() {}

    static void addTo(Grid<ClientRow> grid, Map<Long, ReviewSchedule> schedules) {
        grid.addColumn(row -> text(schedules.get(row.lifterId())))
                .setHeader(ReaderText.words("accountdata.roster.review"))
                .setKey("review")
                .setAutoWidth(true)
                .setComparator(Comparator.comparing(
                        row -> schedules.get(row.lifterId()).nextLastWeek().orElse(LocalDate.MAX)))
                .setSortable(true)
                .setPartNameGenerator(row -> schedules.get(row.lifterId()).due() ? "due" : null);
    }

    static String text(ReviewSchedule schedule) {
        String next = schedule.due()
                ? ReaderText.words("accountdata.roster.due")
                : schedule.nextLastWeek()
                        .map(week -> ReaderText.words("accountdata.roster.next", day(week.plusDays(7))))
                        .orElse("–");
        String sent = schedule.lastSent()
                .map(day -> ReaderText.words("accountdata.roster.lastSent", day(day)))
                .orElse(ReaderText.words("accountdata.roster.neverSent"));
        return next + " · " + sent;
    }

    /** A day as the reader writes dates (25 Nov 2026, 25.11.2026, …). */
    private static String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(ReaderText.locale())
                .format(day);
    }
}
