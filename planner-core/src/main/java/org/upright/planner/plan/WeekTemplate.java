package org.upright.planner.plan;

import java.time.DayOfWeek;
import java.util.List;
import org.upright.planner.balance.Session;

/**
 * A reusable week: sessions on days of the week. Built-in templates come with Upright; coaches save
 * their own from a planned week.
 *
 * @param id {@code builtin:<slug>} or {@code saved:<number>}
 */
public record WeekTemplate(String id, String name, String description, boolean builtIn, List<Day> sessions) {

    /** One session of the template and the weekday it goes on. */
    public record Day(DayOfWeek day, Session session) {}

    public WeekTemplate {
        sessions = List.copyOf(sessions);
    }
}
