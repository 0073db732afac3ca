package org.upright.planner.ui.review;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.upright.planner.review.ReviewPeriod;
import org.upright.planner.ui.week.WeekLabels;

/**
 * How the review screens read their address: the end week as a route parameter ("2026-W19",
 * default the last complete week) and the number of weeks as {@code ?weeks=4} (default 4, the
 * length of a habit block). Anything unreadable falls back to the default.
 */
final class ReviewRoutes {

    static final int DEFAULT_WEEKS = 4;

    private ReviewRoutes() {}

    static LocalDate endWeek(BeforeEnterEvent event, LocalDate today) {
        return event.getRouteParameters()
                .get("week")
                .flatMap(WeekLabels::parse)
                .orElseGet(() -> ReviewPeriod.lastCompleteWeek(today));
    }

    static int weekCount(BeforeEnterEvent event) {
        List<String> values =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("weeks", List.of());
        try {
            int n = values.isEmpty()
                    ? DEFAULT_WEEKS
                    : Integer.parseInt(values.getFirst().strip());
            return n >= ReviewPeriod.MIN_WEEKS && n <= ReviewPeriod.MAX_WEEKS ? n : DEFAULT_WEEKS;
        } catch (NumberFormatException e) {
            return DEFAULT_WEEKS;
        }
    }

    static QueryParameters query(int weeks) {
        return QueryParameters.simple(Map.of("weeks", Integer.toString(weeks)));
    }
}
