package org.upright.planner.balance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One calendar day of a week plan with its sessions in the order they are done. */
public record PlanDay(LocalDate date, List<Session> sessions) {

    public PlanDay {
        if (date == null) {
            throw new IllegalArgumentException("day: date is required");
        }
        if (sessions == null) {
            sessions = List.of();
        }
        for (Session s : sessions) {
            if (s == null) {
                throw new IllegalArgumentException("day " + date + ": a session is missing (null)");
            }
        }
        if (sessions.size() > WeekPlan.MAX_SESSIONS_PER_DAY) {
            throw new IllegalArgumentException("day " + date + ": at most " + WeekPlan.MAX_SESSIONS_PER_DAY
                    + " sessions a day, was " + sessions.size());
        }
        sessions = List.copyOf(sessions);
    }

    public static PlanDay of(LocalDate date, Session... sessions) {
        return new PlanDay(date, List.of(sessions));
    }

    PlanDay adding(Session session) {
        List<Session> copy = new ArrayList<>(sessions);
        copy.add(session);
        return new PlanDay(date, copy);
    }
}
