package org.upright.planner.ui.coaching;

import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import org.upright.planner.coaching.ClientRow;
import org.upright.planner.review.ReviewSchedule;
import org.upright.planner.ui.accountdata.Words;

/** The roster's review column: "due" or when the next review is, and the date the last one was sent. */
final class ReviewDueColumn {

    private ReviewDueColumn() {}

    static void addTo(Grid<ClientRow> grid, Map<Long, ReviewSchedule> schedules) {
        grid.addColumn(row -> text(schedules.get(row.lifterId())))
                .setHeader(Words.of("accountdata.roster.review"))
                .setKey("review")
                .setAutoWidth(true)
                .setComparator(Comparator.comparing(
                        row -> schedules.get(row.lifterId()).nextLastWeek().orElse(LocalDate.MAX)))
                .setSortable(true)
                .setPartNameGenerator(row -> schedules.get(row.lifterId()).due() ? "due" : null);
    }

    static String text(ReviewSchedule schedule) {
        String next = schedule.due()
                ? Words.of("accountdata.roster.due")
                : schedule.nextLastWeek()
                        .map(week -> Words.of("accountdata.roster.next", Words.day(week.plusDays(7))))
                        .orElse("–");
        String sent = schedule.lastSent()
                .map(day -> Words.of("accountdata.roster.lastSent", Words.day(day)))
                .orElse(Words.of("accountdata.roster.neverSent"));
        return next + " · " + sent;
    }
}
